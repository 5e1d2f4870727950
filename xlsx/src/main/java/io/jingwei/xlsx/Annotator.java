package io.jingwei.xlsx;

import io.jingwei.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Locale;

/** Writes annotated workbooks (问题标注). */
final class Annotator {
  private Annotator() {}

  static void annotate(SpreadsheetRead read, ValidationReport report, Path out, Locale locale) {
    throw new UnsupportedOperationException("not yet");
  }
}
