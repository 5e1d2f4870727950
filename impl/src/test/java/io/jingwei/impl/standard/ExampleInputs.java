package io.jingwei.impl.standard;

import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.SimpleValidationInput;
import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.impl.io.EntityTypes;
import io.jingwei.impl.io.JsonLinesReader;
import io.jingwei.impl.io.JsonLinesResult;
import io.jingwei.impl.io.Located;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.RuleExample;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns a rule example into a validation input: the single-document {@code data} through the dataset reader, the
 * raw {@code jsonl} collections through the JSON Lines reader, each record located by collection and line.
 */
final class ExampleInputs {

  /** Why the examples cannot run (they always can now). */
  static final String WHY_NOT = "rule examples need the JSON readers and the entity model";

  private ExampleInputs() {}

  /** Whether examples can be read. */
  static boolean isAvailable() {
    return true;
  }

  /** The input of the example. */
  static ValidationInput read(RuleExample example) {
    try {
      if (!example.isJsonLines()) {
        byte[] bytes = example.data().getBytes(StandardCharsets.UTF_8);
        return CityDatasetInput.of(
            EntityTypes.reader().readDocument(new ByteArrayInputStream(bytes), "example.json"));
      }
      SimpleValidationInput.Builder input = SimpleValidationInput.builder();
      for (Map.Entry<String, String> e : example.jsonl().entrySet()) {
        EntityKind kind = kindOf(e.getKey());
        JsonLinesResult<?> result =
            JsonLinesReader.of(EntityTypes.of(kind), kind)
                .readAll(
                    new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8)),
                    e.getKey() + ".jsonl");
        for (Located<?> located : result.records()) {
          input.record(((Entity) located.value()).ref(), located.value(), located.location());
        }
        input.readIssues(result.issues()).unreadable(kind, result.tally().unreadable());
      }
      return input.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EntityKind kindOf(String collection) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.collectionName().equals(collection)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown collection in an example: " + collection);
  }
}
