package io.jingwei.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Where a report goes (输出): stdout, or a file given with {@code --out} (written whole, UTF-8). */
final class Output {
  private Output() {}

  /**
   * Runs the writer on stdout or on the file.
   *
   * @throws UsageException when the file cannot be written
   */
  static void write(CliContext context, @Nullable Path file, Lang lang, Consumer<PrintStream> writer) {
    if (file == null) {
      writer.accept(context.out());
      context.out().flush();
      return;
    }
    Path target = context.resolve(file);
    try {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(target));
          PrintStream ps = new PrintStream(os, false, StandardCharsets.UTF_8)) {
        writer.accept(ps);
        ps.flush();
        if (ps.checkError()) {
          throw new IOException("write failed");
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(lang.t("无法写入 ", "cannot write ") + target + ": " + e.getMessage(), e);
    }
  }
}
