package io.jingwei.testkit;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.standard.Standard;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One validation as a test sets it up (测试校验): a dataset (a path or one in memory), a standard (a shipped name or
 * a profile file) and an as-of date, with defaults taken from the dataset's own description. Shared by the
 * assertions and the JUnit extension so that both validate alike.
 *
 * <p>Defaults: the standard is the one the dataset's description ({@code dataset.json}) names, else
 * {@code national}; the as-of date is the description's extraction date ({@code extractedOn}), else today. Personal
 * data in the issues is always masked.
 */
public final class DatasetValidation {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DatasetValidation() {}

  /**
   * Resolves a standard: a profile file when the text ends with {@code .yaml}, {@code .yml} or {@code .json},
   * otherwise a shipped standard by name.
   *
   * @throws IllegalArgumentException when no shipped standard has the name or the file is not a profile
   */
  public static Standard standard(String nameOrFile) {
    Objects.requireNonNull(nameOrFile, "standard");
    String lower = nameOrFile.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
      return Jingwei.standards().load(Path.of(nameOrFile));
    }
    return Jingwei.standards().get(nameOrFile);
  }

  /**
   * Validates a dataset on disk; a null standard or date takes the default from its {@code dataset.json}.
   *
   * @throws java.io.UncheckedIOException when the path does not exist or cannot be read
   */
  public static ValidationReport validate(
      Path dataset, @Nullable Standard standard, @Nullable LocalDate asOf, Locale locale) {
    Objects.requireNonNull(dataset, "dataset");
    JsonNode manifest = manifest(dataset);
    String date = text(manifest, "extractedOn");
    Standard s = standard != null ? standard : defaultStandard(text(manifest, "standard"));
    LocalDate d = asOf != null ? asOf : date == null ? null : parseDate(date);
    return Jingwei.validator(s, options(s, d, locale)).validate(dataset);
  }

  /** Validates a dataset in memory; a null standard or date takes the default from its description. */
  public static ValidationReport validate(
      CityDataset dataset, @Nullable Standard standard, @Nullable LocalDate asOf, Locale locale) {
    Objects.requireNonNull(dataset, "dataset");
    Standard s = standard != null ? standard : defaultStandard(dataset.info().standard());
    LocalDate d = asOf != null ? asOf : dataset.info().extractedOn();
    return Jingwei.validator(s, options(s, d, locale)).validate(dataset);
  }

  private static Standard defaultStandard(@Nullable String named) {
    return standard(named == null ? ValidationOptions.DEFAULT_STANDARD : named);
  }

  private static ValidationOptions options(Standard standard, @Nullable LocalDate asOf, Locale locale) {
    return ValidationOptions.builder()
        .standard(standard.name())
        .locale(locale)
        .showPersonalData(false)
        .asOf(asOf)
        .build();
  }

  private static @Nullable JsonNode manifest(Path dataset) {
    Path file = Files.isDirectory(dataset) ? dataset.resolve("dataset.json") : null;
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JacksonException e) {
      return null; // the validation reports a malformed manifest
    }
  }

  private static @Nullable String text(@Nullable JsonNode node, String property) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(property);
    return v == null || !v.isString() || v.asString().isBlank() ? null : v.asString();
  }

  private static @Nullable LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
