package io.jingwei.testkit.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Changed fields as JSON pointers. */
class RecordDiffTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  @Test
  void namesChangedAddedAndRemovedPropertiesAtAnyDepth() {
    assertThat(RecordDiff.changedFields(
            tree("{\"a\":1,\"b\":{\"c\":\"x\",\"d\":2},\"gone\":true}"),
            tree("{\"a\":1,\"b\":{\"c\":\"y\",\"d\":2},\"new\":false}")))
        .containsExactly("/b/c", "/gone", "/new");
  }

  @Test
  void comparesArraysOfEqualLengthByElementAndOthersAsAWhole() {
    assertThat(RecordDiff.changedFields(tree("{\"r\":[{\"n\":1},{\"n\":2}]}"), tree("{\"r\":[{\"n\":1},{\"n\":3}]}")))
        .containsExactly("/r/1/n");
    assertThat(RecordDiff.changedFields(tree("{\"r\":[1,2]}"), tree("{\"r\":[1]}"))).containsExactly("/r");
  }

  @Test
  void escapesPropertyNamesAsJsonPointerTokens() {
    assertThat(RecordDiff.changedFields(tree("{\"a/b~c\":1}"), tree("{\"a/b~c\":2}"))).containsExactly("/a~1b~0c");
  }

  @Test
  void equalTreesHaveNoChangedField() {
    assertThat(RecordDiff.changedFields(tree("{\"a\":[1,{\"b\":null}]}"), tree("{\"a\":[1,{\"b\":null}]}"))).isEmpty();
  }
}
