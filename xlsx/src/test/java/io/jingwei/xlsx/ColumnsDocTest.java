package io.jingwei.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps the column tables of {@code docs/spreadsheets.md} in step with the catalogue. Regenerate with
 * {@code -Djingwei.regenerateDocs=true} (see {@link ColumnsDoc#REGENERATE}).
 */
class ColumnsDocTest {

  private static Path doc() {
    Path module = Path.of("").toAbsolutePath();
    Path root = Files.isRegularFile(module.resolve("xlsx/pom.xml")) ? module : module.getParent();
    return root.resolve("docs/spreadsheets.md");
  }

  @Test
  void docsSpreadsheetsMdIsUpToDate() throws IOException {
    String text = Files.readString(doc(), StandardCharsets.UTF_8);
    int begin = text.indexOf(ColumnsDoc.BEGIN);
    int end = text.indexOf(ColumnsDoc.END);
    assertThat(begin).as("markers in docs/spreadsheets.md").isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String current = text.substring(begin, end + ColumnsDoc.END.length());
    String generated = ColumnsDoc.generate(ColumnCatalogue.standard());
    if (Boolean.getBoolean("jingwei.regenerateDocs")) {
      Files.writeString(doc(), text.replace(current, generated), StandardCharsets.UTF_8);
      current = generated;
    }
    assertThat(current).as("docs/spreadsheets.md is out of date; regenerate it with: " + ColumnsDoc.REGENERATE)
        .isEqualTo(generated);
  }
}
