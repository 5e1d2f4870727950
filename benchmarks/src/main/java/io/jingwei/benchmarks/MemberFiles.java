package io.jingwei.benchmarks;

import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.testkit.CityWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a benchmark city (基准数据): the testkit's {@code nanning} preset with {@value #BASE} members (seed 1), whose
 * {@code members.jsonl} is then cut or grown to the wanted number of records by repeating the base members (the
 * first copy as generated, the others with new ids: {@code M} and eight digits), new introducer ids (the same replica's) and new unique ID numbers (same address
 * code, birth date and sex, another sequence, the MOD 11-2 check recomputed). The organizations stay those of the
 * base city, so from 1 M records on the branch-size rules report the (many times larger) branches: a bounded number
 * of issues (one per branch), as the benchmark wants — the members themselves stay clean.
 *
 * <p>Usage: {@code MemberFiles <directory> <records>}.
 */
public final class MemberFiles {

  /** The members of the base city. */
  static final int BASE = 100_000;

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECKS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private MemberFiles() {}

  /** Writes the city. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: MemberFiles <directory> <records>");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    long records = Long.parseLong(args[1]);
    write(dir, records);
  }

  /** Writes the base city to the directory and grows its members file to the given number of records. */
  static void write(Path dir, long records) throws IOException {
    CityGenerator generator = CityGenerator.of(CityPreset.nanning().withMembers(BASE), 1);
    CityWriter.writeDirectory(generator.generate(), dir);
    Path members = dir.resolve("members.jsonl");
    List<String> base = Files.readAllLines(members, StandardCharsets.UTF_8);
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Integer> baseIndex = new HashMap<>();
    List<ObjectNode> nodes = new ArrayList<>(base.size());
    for (String line : base) {
      ObjectNode node = (ObjectNode) mapper.readTree(line);
      baseIndex.put(node.get("id").asString(), nodes.size());
      nodes.add(node);
    }
    Set<Long> used = new HashSet<>();
    for (ObjectNode node : nodes) {
      JsonNode idNumber = node.get("idNumber");
      if (idNumber != null) {
        used.add(Long.parseLong(idNumber.asString().substring(0, 17)));
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(members, StandardCharsets.UTF_8)) {
      for (long i = 0; i < records; i++) {
        int b = (int) (i % nodes.size());
        long replica = i / nodes.size();
        if (replica == 0) {
          out.write(base.get(b));
          out.write('\n');
          continue;
        }
        ObjectNode m = nodes.get(b).deepCopy();
        m.put("id", id(replica, b, nodes.size()));
        JsonNode timeline = m.get("timeline");
        if (timeline instanceof ObjectNode t && t.get("introducers") != null) {
          for (JsonNode introducer : t.get("introducers")) {
            JsonNode member = introducer.get("member");
            if (member != null && introducer instanceof ObjectNode in) {
              Integer k = baseIndex.get(member.asString());
              if (k != null) {
                in.put("member", id(replica, k, nodes.size()));
              }
            }
          }
        }
        JsonNode idNumber = m.get("idNumber");
        if (idNumber != null) {
          m.put("idNumber", unique(idNumber.asString(), used));
        }
        out.write(mapper.writeValueAsString(m));
        out.write('\n');
      }
    }
  }

  private static String id(long replica, int index, int size) {
    return String.format("M%08d", replica * size + index + 1);
  }

  /** An ID number like the given one (address, birth date, sex) not yet used. */
  static String unique(String idNumber, Set<Long> used) {
    String prefix = idNumber.substring(0, 14);
    int seq = Integer.parseInt(idNumber.substring(14, 17));
    for (int step = 0; step < 500; step++) {
      int s = (seq + 2 * step) % 1000;
      String body = prefix + String.format("%03d", s);
      if (used.add(Long.parseLong(body))) {
        return body + check(body);
      }
    }
    throw new IllegalStateException("no sequence left for " + prefix.substring(0, 6) + "…");
  }

  /** The MOD 11-2 check character (GB 11643-1999). */
  static char check(String body) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECKS[sum % 11];
  }

  /** Lines of a file, for tools. */
  static long countLines(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return r.lines().count();
    }
  }
}
