package io.jingwei.impl.engine;

import io.jingwei.impl.standard.DefaultStandards;
import io.jingwei.privacy.PersonalData;
import io.jingwei.standard.Standard;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/** The made-up test standard and fake checks for the engine's tests. */
final class TestFixtures {
  private TestFixtures() {}

  /** The test standard of {@code test-profile.json}. */
  static Standard testStandard() {
    try (InputStream in = TestFixtures.class.getResourceAsStream("test-profile.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return DefaultStandards.fromTexts(Map.of("test-profile.json", text)).get("test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A check with a name, a layer and a body. */
  static Check check(String name, Layer layer, Consumer<CheckContext> body) {
    return new Check() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Layer layer() {
        return layer;
      }

      @Override
      public void run(CheckContext context) {
        body.accept(context);
      }
    };
  }

  /** A personal value: a made-up resident ID number. */
  record FakeIdNumber(String value) implements PersonalData {
    @Override
    public String masked() {
      return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
      return masked();
    }
  }
}
