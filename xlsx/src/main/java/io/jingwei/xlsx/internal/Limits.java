package io.jingwei.xlsx.internal;

import io.jingwei.validation.Location;
import io.jingwei.xlsx.SpreadsheetException;
import io.jingwei.xlsx.SpreadsheetOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The input limits checked before a file is opened (输入限制). */
final class Limits {
  private Limits() {}

  static void checkSize(Path path, String fileName, SpreadsheetOptions options) {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    if (size > options.maxFileBytes()) {
      throw new SpreadsheetException(
          Location.ofFile(fileName),
          "the file has " + size + " bytes, more than the limit of " + options.maxFileBytes(),
          null);
    }
  }
}
