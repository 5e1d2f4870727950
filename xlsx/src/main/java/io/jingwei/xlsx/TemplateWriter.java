package io.jingwei.xlsx;

import io.jingwei.ref.EntityKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes blank templates (空白模板). */
final class TemplateWriter {
  private TemplateWriter() {}

  static void write(ColumnCatalogue catalogue, List<EntityKind> kinds, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("not yet");
  }
}
