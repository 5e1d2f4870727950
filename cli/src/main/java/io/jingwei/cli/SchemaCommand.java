package io.jingwei.cli;

import io.jingwei.impl.schema.SchemaGenerator;
import io.jingwei.ref.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jingwei schema [KIND]}: prints a shipped JSON Schema (JSON Schema) of the wire format. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a JSON Schema (draft 2020-12) of the wire format (数据格式).",
      "KIND is a collection (members, organizations …) or entity kind (MEMBER …), `dataset` (the manifest"
          + " dataset.json) or `document` (the single-document form, the default)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:the schema was printed", "2:no such kind"})
final class SchemaCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "what to print the schema of")
  @Nullable String kind;

  @Option(names = "--list", description = "list the schema names instead")
  boolean list;

  SchemaCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (list) {
      names().forEach(context.out()::println);
      return JingweiCommand.OK;
    }
    String file = fileName(kind == null ? "document" : kind);
    String text =
        SchemaGenerator.bundled(file)
            .orElseThrow(
                () -> new UsageException("no such schema: " + kind + " (one of: " + String.join(", ", names()) + ")"));
    context.out().print(text.endsWith("\n") ? text : text + "\n");
    return JingweiCommand.OK;
  }

  static List<String> names() {
    List<String> out = new ArrayList<>();
    for (EntityKind k : EntityKind.values()) {
      out.add(k.collectionName());
    }
    out.add("dataset");
    out.add("document");
    return out;
  }

  private static String fileName(String kind) {
    if (kind.equals("document")) {
      return SchemaGenerator.DOCUMENT_SCHEMA;
    }
    if (kind.equals("dataset")) {
      return SchemaGenerator.MANIFEST_SCHEMA;
    }
    for (EntityKind k : EntityKind.values()) {
      if (k.collectionName().equals(kind) || k.name().equals(kind.toUpperCase(Locale.ROOT))) {
        return SchemaGenerator.fileName(k);
      }
    }
    return kind.replaceAll("[^A-Za-z]", "_") + SchemaGenerator.EXTENSION;
  }
}
