package io.jingwei.testkit.snapshot;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Checks JSON text against a published schema on the class path (测试辅助). */
public final class SchemaCheck {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SchemaCheck() {}

  /** The schema violations of the text, as messages; empty when it conforms. */
  public static List<String> violations(String schemaResource, String json) {
    Schema schema;
    try (InputStream in = SchemaCheck.class.getResourceAsStream(schemaResource)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + schemaResource);
      }
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return schema.validate(JSON.readTree(json)).stream().map(Error::toString).toList();
  }
}
