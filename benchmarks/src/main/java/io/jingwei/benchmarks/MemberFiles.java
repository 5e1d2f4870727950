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
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    List<JsonNode> nodes = new ArrayList<>(base.size());
    for (String line : base) {
      JsonNode node = mapper.readTree(line);
      baseIndex.put(node.get("id").asString(), nodes.size());
      nodes.add(node);
    }
    IdNumbers used = new IdNumbers();
    List<Template> templates = new ArrayList<>(base.size());
    for (int b = 0; b < base.size(); b++) {
      JsonNode node = nodes.get(b);
      JsonNode idNumber = node.get("idNumber");
      if (idNumber != null) {
        used.add(idNumber.asString());
      }
      templates.add(Template.of(b, base.get(b), node, baseIndex));
    }
    nodes.clear();
    int size = base.size();
    try (BufferedWriter out = new BufferedWriter(Files.newBufferedWriter(members, StandardCharsets.UTF_8), 1 << 20)) {
      StringBuilder line = new StringBuilder(4096);
      for (long i = 0; i < records; i++) {
        int b = (int) (i % size);
        long replica = i / size;
        if (replica == 0) {
          out.write(base.get(b));
          out.write('\n');
          continue;
        }
        line.setLength(0);
        templates.get(b).fill(line, replica, size, used);
        line.append('\n');
        out.append(line);
      }
    }
  }

  /**
   * A base line cut where a copy differs (the id, the introducers' ids, the ID number): copies are made by
   * putting new values in the cuts, with no JSON tree.
   */
  private record Template(int index, String line, int[] starts, int[] ends, int[] what) {
    static final int ID = -1;
    static final int ID_NUMBER = -2;

    static Template of(int index, String line, JsonNode node, Map<String, Integer> baseIndex) {
      List<int[]> cuts = new ArrayList<>();
      cut(line, "\"id\":\"" + node.get("id").asString() + "\"", ID, cuts, true);
      JsonNode idNumber = node.get("idNumber");
      if (idNumber != null) {
        cut(line, "\"idNumber\":\"" + idNumber.asString() + "\"", ID_NUMBER, cuts, true);
      }
      JsonNode timeline = node.get("timeline");
      if (timeline != null && timeline.get("introducers") != null) {
        for (JsonNode introducer : timeline.get("introducers")) {
          JsonNode member = introducer.get("member");
          Integer k = member == null ? null : baseIndex.get(member.asString());
          if (k != null) {
            cut(line, "\"member\":\"" + member.asString() + "\"", k, cuts, false);
          }
        }
      }
      cuts.sort((x, y) -> Integer.compare(x[0], y[0]));
      int[] starts = new int[cuts.size()];
      int[] ends = new int[cuts.size()];
      int[] what = new int[cuts.size()];
      for (int i = 0; i < cuts.size(); i++) {
        starts[i] = cuts.get(i)[0];
        ends[i] = cuts.get(i)[1];
        what[i] = cuts.get(i)[2];
      }
      return new Template(index, line, starts, ends, what);
    }

    /** Notes the value inside the first (or every) quoted property text. */
    private static void cut(String line, String property, int what, List<int[]> cuts, boolean first) {
      for (int at = line.indexOf(property); at >= 0; at = first ? -1 : line.indexOf(property, at + 1)) {
        int valueStart = at + property.indexOf(":\"") + 2;
        int valueEnd = at + property.length() - 1;
        boolean seen = false;
        for (int[] c : cuts) {
          seen |= c[0] == valueStart;
        }
        if (!seen) {
          cuts.add(new int[] {valueStart, valueEnd, what});
        }
      }
    }

    void fill(StringBuilder out, long replica, int size, IdNumbers used) {
      int from = 0;
      for (int i = 0; i < starts.length; i++) {
        out.append(line, from, starts[i]);
        if (what[i] == ID) {
          id(out, replica * size + index + 1);
        } else if (what[i] == ID_NUMBER) {
          out.append(used.unique(line.substring(starts[i], ends[i])));
        } else {
          id(out, replica * size + what[i] + 1);
        }
        from = ends[i];
      }
      out.append(line, from, line.length());
    }
  }

  /** {@code M} and eight digits (more when the number needs them), as {@code String.format("M%08d", n)}. */
  static void id(StringBuilder out, long n) {
    out.append('M');
    String digits = Long.toString(n);
    for (int i = digits.length(); i < 8; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  /**
   * The ID number bodies (first 17 digits) in use, as a bit set of sequence numbers per address code, birth date
   * and sex: {@link #unique} gives what the search over the sequences of the same sex gives, without boxing or
   * formatting per try.
   */
  static final class IdNumbers {
    private final Map<Long, java.util.BitSet> used = new HashMap<>();

    /** Notes an ID number (or body) in use; returns false when it already was. */
    boolean add(String idNumber) {
      long prefix = Long.parseLong(idNumber.substring(0, 14));
      int seq = Integer.parseInt(idNumber.substring(14, 17));
      java.util.BitSet set = used.computeIfAbsent(prefix * 2 + (seq & 1), k -> new java.util.BitSet(500));
      boolean fresh = !set.get(seq >> 1);
      set.set(seq >> 1);
      return fresh;
    }

    /**
     * An ID number like the given one (address, birth date, sex) not yet used: the first free sequence of the same
     * sex from the given one on, cyclically; the MOD 11-2 check recomputed.
     */
    String unique(String idNumber) {
      String prefix = idNumber.substring(0, 14);
      int seq = Integer.parseInt(idNumber.substring(14, 17));
      java.util.BitSet set =
          used.computeIfAbsent(Long.parseLong(prefix) * 2 + (seq & 1), k -> new java.util.BitSet(500));
      int slot = set.nextClearBit(seq >> 1);
      if (slot >= 500) {
        slot = set.nextClearBit(0);
        if (slot >= 500) {
          throw new IllegalStateException("no sequence left for " + prefix.substring(0, 6) + "…");
        }
      }
      set.set(slot);
      int s = slot * 2 + (seq & 1);
      String body = prefix + (char) ('0' + s / 100) + (char) ('0' + s / 10 % 10) + (char) ('0' + s % 10);
      return body + check(body);
    }
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
