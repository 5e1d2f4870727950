package io.jingwei.impl.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointersTest {

  @Test
  void escapesTildeAndSlash() {
    assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
  }

  @Test
  void joinsTokens() {
    assertThat(JsonPointers.of("timeline", "admittedOn")).isEqualTo("/timeline/admittedOn");
    assertThat(JsonPointers.of("officers", 0, "member")).isEqualTo("/officers/0/member");
    assertThat(JsonPointers.of()).isEmpty();
  }
}
