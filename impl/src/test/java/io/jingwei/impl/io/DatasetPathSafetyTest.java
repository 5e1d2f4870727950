package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.impl.io.TestRecords.TestMember;
import io.jingwei.ref.EntityKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths cannot escape the dataset directory (路径安全): file names are never taken from the data. The writer names
 * files after the entity kinds whatever the manifest or the records say, and the reader reads only the known
 * collection files a manifest lists — a listed {@code ../x.jsonl}, an absolute path or a name with a NUL byte is
 * never opened.
 */
class DatasetPathSafetyTest {

  private static final List<String> HOSTILE_FILES =
      List.of("../outside.jsonl", "../../outside.jsonl", "/tmp/absolute.jsonl", "members.jsonl\u0000.txt",
          "sub/../../outside.jsonl", "..\\outside.jsonl");

  @Test
  @DisplayName("写入器只写以实体类别命名的文件，不受数据影响")
  void theWriterNamesFilesAfterTheKindsOnly(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("out");
    DatasetManifest hostile = DatasetManifest.of("../../evil").withFiles(HOSTILE_FILES);
    DatasetManifest written =
        DatasetWriter.writeDirectory(
            dir, hostile, Map.of(EntityKind.MEMBER, List.of(TestMember.of("../../m1", "张三"), TestMember.of("/etc/x", "李四"))));
    assertThat(written.files()).containsExactly("members.jsonl");
    try (Stream<Path> all = Files.walk(tmp)) {
      assertThat(all.filter(Files::isRegularFile).map(p -> tmp.relativize(p).toString()))
          .containsExactlyInAnyOrder("out/members.jsonl", "out/dataset.json");
    }
  }

  @Test
  @DisplayName("清单列出的目录外路径不会被读取")
  void theReaderNeverOpensAFileOutsideTheDirectoryAManifestLists(@TempDir Path tmp) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("city"));
    Files.writeString(tmp.resolve("outside.jsonl"), "{\"id\":\"OUTSIDE\",\"name\":\"外部\"}\n");
    StringBuilder files = new StringBuilder();
    for (String f : HOSTILE_FILES) {
      files.append(files.length() == 0 ? "" : ",").append('"').append(f.replace("\\", "\\\\").replace("\u0000", "\\u0000")).append('"');
    }
    files.append(",\"members.jsonl\"");
    Files.writeString(dir.resolve("dataset.json"), "{\"name\":\"x\",\"files\":[" + files + "]}");
    Files.writeString(dir.resolve("members.jsonl"), "{\"id\":\"IN\",\"name\":\"内部\"}\n");

    ReadResult read = DatasetReader.of(TestRecords.TYPES).readDirectory(dir);
    assertThat(read.records(EntityKind.MEMBER)).extracting(r -> ((TestMember) r.value()).id().value())
        .containsExactly("IN");
    assertThat(read.issues()).allSatisfy(i -> assertThat(i.location().file()).doesNotContain(".."));
  }
}
