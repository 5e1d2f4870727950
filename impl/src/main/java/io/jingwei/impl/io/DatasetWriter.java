package io.jingwei.impl.io;

import io.jingwei.impl.json.JingweiJson;
import io.jingwei.ref.EntityKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes a city dataset to disk (数据集写入器) in the forms {@link DatasetReader} reads, so that what is written
 * reads back unchanged.
 *
 * <ul>
 *   <li>Directory: one {@code <collectionName>.jsonl} per kind given (written even when empty, so that an older
 *       file of the same name cannot survive), then {@code dataset.json}, indented, whose {@code files} lists
 *       exactly the files written.
 *   <li>Single document: {@code {"dataset":{...},} then each collection as {@code "members":[}, one element per
 *       line, {@code ]}; kinds in entity-kind order.
 * </ul>
 */
public final class DatasetWriter {

  private DatasetWriter() {}

  /**
   * Writes the directory form, creating the directory when absent.
   *
   * @param records the records of each kind, in the order to write
   * @return the manifest written (with its files)
   * @throws IOException when a file cannot be written
   */
  public static DatasetManifest writeDirectory(
      Path directory, DatasetManifest manifest, Map<EntityKind, ? extends Collection<?>> records)
      throws IOException {
    Objects.requireNonNull(manifest, "manifest");
    Files.createDirectories(directory);
    List<String> files = new ArrayList<>();
    for (Map.Entry<EntityKind, ? extends Collection<?>> e : ordered(records).entrySet()) {
      String file = e.getKey().collectionName() + DatasetReader.COLLECTION_EXTENSION;
      try (JsonLinesWriter<Object> writer = JsonLinesWriter.open(directory.resolve(file))) {
        writer.writeAll(e.getValue());
      }
      files.add(file);
    }
    DatasetManifest written = manifest.withFiles(files);
    byte[] json = JingweiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(written);
    try (OutputStream out = Files.newOutputStream(directory.resolve(DatasetReader.MANIFEST_FILE))) {
      out.write(json);
      out.write('\n');
    }
    return written;
  }

  /**
   * Writes the single-document form to a file, created or truncated.
   *
   * @throws IOException when the file cannot be written
   */
  public static void writeDocument(
      Path file, DatasetManifest manifest, Map<EntityKind, ? extends Collection<?>> records) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeDocument(out, manifest, records);
    }
  }

  /**
   * Writes the single-document form to a stream (flushed, not closed). The manifest is written without a list of
   * files.
   *
   * @throws IOException when the stream fails
   */
  public static void writeDocument(
      OutputStream stream, DatasetManifest manifest, Map<EntityKind, ? extends Collection<?>> records)
      throws IOException {
    Objects.requireNonNull(manifest, "manifest");
    ObjectWriter writer = JingweiJson.mapper().writer();
    BufferedOutputStream out = new BufferedOutputStream(stream, 64 * 1024);
    out.write(ascii("{\"" + DatasetReader.MANIFEST_PROPERTY + "\":"));
    out.write(writer.writeValueAsBytes(manifest.withFiles(List.of())));
    for (Map.Entry<EntityKind, ? extends Collection<?>> e : ordered(records).entrySet()) {
      out.write(ascii(",\n\"" + e.getKey().collectionName() + "\":["));
      boolean first = true;
      for (Object record : e.getValue()) {
        out.write(ascii(first ? "\n" : ",\n"));
        out.write(writer.writeValueAsBytes(Objects.requireNonNull(record, "record")));
        first = false;
      }
      out.write(ascii(first ? "]" : "\n]"));
    }
    out.write(ascii("}\n"));
    out.flush();
  }

  private static Map<EntityKind, ? extends Collection<?>> ordered(Map<EntityKind, ? extends Collection<?>> records) {
    EnumMap<EntityKind, Collection<?>> map = new EnumMap<>(EntityKind.class);
    records.forEach((k, v) -> map.put(Objects.requireNonNull(k, "kind"), Objects.requireNonNull(v, "records")));
    return map;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
