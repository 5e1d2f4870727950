package io.jingwei.cli;

import io.jingwei.Jingwei;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.standard.Standard;
import io.jingwei.standard.Standards;
import io.jingwei.validation.DatasetValidator;
import io.jingwei.validation.StreamingProgress;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import io.jingwei.xlsx.SpreadsheetException;
import io.jingwei.xlsx.SpreadsheetOptions;
import io.jingwei.xlsx.Spreadsheets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One validation as the command runs it (一次校验): read the dataset (with the progress line), choose the standard
 * (the option, else the one the manifest names when it is shipped, else {@code national}) and the as-of date (the
 * option, else the manifest's extraction date, else today), and validate.
 *
 * @param loaded the dataset read
 * @param standard the standard validated against
 * @param report the report
 */
record ValidationRun(LoadedDataset loaded, Standard standard, ValidationReport report) {

  /**
   * Runs a validation.
   *
   * @param path the dataset
   * @param standardOption the --standard value: a shipped name or a profile file; null for the default
   * @param asOf the --as-of value, or null
   * @throws UsageException when the dataset or the standard cannot be read or the standard is unknown
   */
  static ValidationRun run(
      CliContext context,
      Path path,
      @Nullable String standardOption,
      @Nullable LocalDate asOf,
      Locale locale,
      boolean showPersonalData) {
    return run(context, path, standardOption, asOf, locale, showPersonalData, SpreadsheetOptions::defaults);
  }

  /**
   * Runs a validation, reading spreadsheets with the options.
   *
   * @throws UsageException when the dataset or the standard cannot be read or the standard is unknown
   */
  static ValidationRun run(
      CliContext context,
      Path path,
      @Nullable String standardOption,
      @Nullable LocalDate asOf,
      Locale locale,
      boolean showPersonalData,
      Supplier<SpreadsheetOptions> spreadsheetOptions) {
    Lang lang = new Lang(locale);
    if (!Files.exists(path)) {
      throw new UsageException(lang.t("没有这个数据集：", "no such dataset: ") + path);
    }
    Standard standard = standardOption == null ? null : standard(context, standardOption, lang);
    LoadedDataset loaded;
    ValidationReport report;
    try (Progress progress = Progress.start(context, lang, DatasetLoader.expectedRecords(path))) {
      try {
        loaded = DatasetLoader.load(path, progress, spreadsheetOptions);
      } catch (SpreadsheetException e) {
        throw new UsageException(lang.t("无法读取表格：", "cannot read the spreadsheet: ") + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new UsageException(lang.t("无法读取数据集：", "cannot read the dataset: ") + e.getMessage(), e);
      }
      standard = standardFor(standard, loaded);
      DatasetValidator validator = validator(standard, loaded, asOf, locale, showPersonalData);
      progress.checking();
      report =
          validator instanceof DefaultDatasetValidator engine
              ? engine.validate(loaded.input())
              : validator.validate(path);
    }
    return new ValidationRun(loaded, standard, report);
  }

  /** The standard asked for, else the one the dataset's manifest names when it is shipped, else the default. */
  private static Standard standardFor(@Nullable Standard asked, LoadedDataset loaded) {
    if (asked != null) {
      return asked;
    }
    Standards shipped = Jingwei.standards();
    return shipped.get(loaded.standardName().filter(shipped::contains).orElse(ValidationOptions.DEFAULT_STANDARD));
  }

  /** The validator of the standard, as of the date asked for, else the dataset's extraction date, else today. */
  private static DatasetValidator validator(
      Standard standard, LoadedDataset loaded, @Nullable LocalDate asOf, Locale locale, boolean showPersonalData) {
    ValidationOptions.Builder options =
        ValidationOptions.builder().standard(standard.name()).locale(locale).showPersonalData(showPersonalData);
    LocalDate date = asOf != null ? asOf : loaded.extractedOn();
    if (date != null) {
      options.asOf(date);
    }
    return Jingwei.validator(standard, options.build());
  }

  /**
   * Runs a streaming validation (流式校验): a dataset directory's {@code members.jsonl}, or the member sheet or CSV
   * file of spreadsheets, goes by in chunks ({@code validateStreaming}, {@code Spreadsheets.validateStreaming});
   * the report equals the in-memory one. Only the manifest (standard, as-of date) and, when {@code divisionNames},
   * the divisions (the text report names regions) are read beside it: the loaded dataset holds nothing else.
   *
   * @throws UsageException when the dataset or the standard cannot be read or the standard is unknown
   */
  static ValidationRun stream(
      CliContext context,
      Path path,
      @Nullable String standardOption,
      @Nullable LocalDate asOf,
      Locale locale,
      boolean showPersonalData,
      Supplier<SpreadsheetOptions> spreadsheetOptions,
      boolean divisionNames) {
    Lang lang = new Lang(locale);
    if (!Files.exists(path)) {
      throw new UsageException(lang.t("没有这个数据集：", "no such dataset: ") + path);
    }
    boolean spreadsheets = Spreadsheets.holdsSpreadsheets(path);
    if (!spreadsheets && !Files.isDirectory(path)) {
      // a single JSON document cannot be streamed (the engine validates it in memory): the same, with its manifest
      return run(context, path, standardOption, asOf, locale, showPersonalData, spreadsheetOptions);
    }
    Standard standard = standardOption == null ? null : standard(context, standardOption, lang);
    LoadedDataset loaded;
    ValidationReport report;
    try (Progress progress = Progress.start(context, lang, 0)) {
      try {
        loaded = DatasetLoader.loadForStreaming(path, spreadsheetOptions, divisionNames);
        standard = standardFor(standard, loaded);
        DatasetValidator validator = validator(standard, loaded, asOf, locale, showPersonalData);
        Consumer<StreamingProgress> listener = p -> progress.recordsSoFar(p.records());
        report =
            spreadsheets
                ? Spreadsheets.validateStreaming(path, spreadsheetOptions.get(), validator, listener)
                : validator.validateStreaming(path, listener);
      } catch (SpreadsheetException e) {
        throw new UsageException(lang.t("无法读取表格：", "cannot read the spreadsheet: ") + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new UsageException(lang.t("无法读取数据集：", "cannot read the dataset: ") + e.getMessage(), e);
      }
    }
    return new ValidationRun(loaded, standard, report);
  }

  /** A shipped standard by name, or a profile file (a path that exists or ends in .yaml, .yml or .json). */
  static Standard standard(CliContext context, String option, Lang lang) {
    Standards shipped = Jingwei.standards();
    Path file = context.resolve(Path.of(option));
    boolean looksLikeFile =
        option.endsWith(".yaml") || option.endsWith(".yml") || option.endsWith(".json") || Files.isRegularFile(file);
    if (!looksLikeFile) {
      if (!shipped.contains(option)) {
        throw new UsageException(
            lang.t("没有这个标准：", "no such standard: ") + option + lang.t("（内置标准：", " (shipped: ")
                + String.join(", ", shipped.names()) + lang.t("）", ")"));
      }
      return shipped.get(option);
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException(lang.t("没有这个标准文件：", "no such standard file: ") + file);
    }
    try {
      return shipped.load(file);
    } catch (RuntimeException e) {
      throw new UsageException(lang.t("无法读取标准文件：", "cannot read the standard file: ") + e.getMessage(), e);
    }
  }
}
