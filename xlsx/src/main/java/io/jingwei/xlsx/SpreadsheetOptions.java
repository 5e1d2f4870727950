package io.jingwei.xlsx;

import io.jingwei.ref.EntityKind;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How spreadsheets are read (读取选项): the column catalogue (with the caller's synonyms), the kind of a single file
 * whose name does not tell it, the encoding of CSV files when it is known, and the input limits. Immutable and
 * thread-safe: one instance may serve readings on many threads.
 *
 * @param catalogue the column catalogue
 * @param kind the kind of a single-sheet workbook or CSV file whose name does not tell it, or null
 * @param csvCharset the encoding of CSV files; null to detect it (BOM, then UTF-8, else GB18030)
 * @param maxRows the most data rows read from one sheet or CSV file; more is {@code read.too-many-rows}
 * @param maxFileBytes the largest file read; larger is a {@link SpreadsheetException}
 * @param maxEntryBytes the largest a workbook part (a sheet's XML) may inflate to; more is a
 *     {@link SpreadsheetException} (POI's zip-bomb guard also refuses parts that inflate more than 100 times)
 */
public record SpreadsheetOptions(
    ColumnCatalogue catalogue,
    @Nullable EntityKind kind,
    @Nullable Charset csvCharset,
    long maxRows,
    long maxFileBytes,
    long maxEntryBytes) {

  /** The default row limit: 5 million per sheet. */
  public static final long DEFAULT_MAX_ROWS = 5_000_000L;

  /** The default file size limit: 1 GiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;

  /** The default limit of an inflated workbook part: 4 GiB less one byte (the zip format's own limit). */
  public static final long DEFAULT_MAX_ENTRY_BYTES = 0xFFFF_FFFFL;

  private static final SpreadsheetOptions DEFAULTS = builder().build();

  /** Checks the parts. */
  public SpreadsheetOptions {
    Objects.requireNonNull(catalogue, "catalogue");
    if (maxRows <= 0 || maxFileBytes <= 0 || maxEntryBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The defaults: the shipped catalogue, kinds from names, encodings detected, default limits. */
  public static SpreadsheetOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The declared kind, if any. */
  public Optional<EntityKind> declaredKind() {
    return Optional.ofNullable(kind);
  }

  /** A builder of options (选项构建器). */
  public static final class Builder {
    private ColumnCatalogue catalogue = ColumnCatalogue.standard();
    private @Nullable EntityKind kind;
    private @Nullable Charset csvCharset;
    private long maxRows = DEFAULT_MAX_ROWS;
    private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
    private long maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES;

    private Builder() {}

    /** Uses another catalogue. */
    public Builder catalogue(ColumnCatalogue value) {
      catalogue = Objects.requireNonNull(value, "catalogue");
      return this;
    }

    /**
     * Accepts one more header for a column (自定义列名): {@code synonym(MEMBER, "党员身份", "/status")}.
     *
     * @throws IllegalArgumentException when the kind has no column of the path
     */
    public Builder synonym(EntityKind kind, String header, String path) {
      catalogue = catalogue.withSynonym(kind, header, path);
      return this;
    }

    /** Declares the kind of a single file whose name does not tell it. */
    public Builder kind(@Nullable EntityKind value) {
      kind = value;
      return this;
    }

    /** Declares the encoding of CSV files (null: detect). */
    public Builder csvCharset(@Nullable Charset value) {
      csvCharset = value;
      return this;
    }

    /** The most data rows read from one sheet or CSV file. */
    public Builder maxRows(long value) {
      maxRows = value;
      return this;
    }

    /** The largest file read, in bytes. */
    public Builder maxFileBytes(long value) {
      maxFileBytes = value;
      return this;
    }

    /** The largest a workbook part may inflate to, in bytes. */
    public Builder maxEntryBytes(long value) {
      maxEntryBytes = value;
      return this;
    }

    /** The options. */
    public SpreadsheetOptions build() {
      return new SpreadsheetOptions(catalogue, kind, csvCharset, maxRows, maxFileBytes, maxEntryBytes);
    }
  }
}
