package io.jingwei.impl.engine;

import io.jingwei.impl.io.TopLevelStrings;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The first, quick pass of a streaming validation over {@code members.jsonl} (党员文件预扫描): it reads only the
 * top-level {@code id} and {@code idNumber} of each line ({@link TopLevelStrings}) and finds, by an external sort
 * of their keys ({@link LongSorter}), the member ids and ID numbers that occur on more than one line. Only those
 * candidates need exact state while the members go by: every other id and ID number is known to occur once, so
 * that memory grows with the duplicates, not with the members.
 *
 * <p>The candidates are a superset of the true duplicates (a hashed id may collide, an unreadable line counts):
 * the streaming pass checks them exactly.
 *
 * @param duplicateIds the keys ({@link #memberKey}) of ids on more than one line
 * @param duplicateIdNumbers the keys ({@link #idNumberKey}) of ID numbers on more than one line
 * @param lines the non-blank lines within the size limit
 * @param runs the sorted runs written to disk
 */
record MemberPrepass(LongSet duplicateIds, LongSet duplicateIdNumbers, long lines, int runs) {

  private static final TopLevelStrings SCAN = TopLevelStrings.of("id", "idNumber");

  /** Scans the file with sort buffers of the given capacity (values), spilling to the directory. */
  static MemberPrepass scan(Path file, Path tempDirectory, int capacity) throws IOException {
    Objects.requireNonNull(file, "file");
    try (LongSorter ids = new LongSorter(tempDirectory, "jingwei-ids-", capacity);
        LongSorter idNumbers = new LongSorter(tempDirectory, "jingwei-idnumbers-", capacity)) {
      long[] lines = {0};
      SCAN.scan(
          file,
          (number, values) -> {
            lines[0]++;
            if (values[0] != null) {
              ids.add(memberKey(values[0]));
            }
            if (values[1] != null) {
              long k = idNumberKey(values[1]);
              if (k != 0) {
                idNumbers.add(k);
              }
            }
          });
      int runs = ids.runs() + idNumbers.runs();
      return new MemberPrepass(ids.repeated(), idNumbers.repeated(), lines[0], runs);
    }
  }

  /**
   * Scans a member source: the ids and ID numbers of its records, and the member ids its read issues name (an
   * issue about a row whose record comes elsewhere, or never: its region is its id's first record's, known only
   * once that record has gone by).
   */
  static MemberPrepass scan(MemberSource source, Path tempDirectory, int capacity) throws IOException {
    Objects.requireNonNull(source, "source");
    try (LongSorter ids = new LongSorter(tempDirectory, "jingwei-ids-", capacity);
        LongSorter idNumbers = new LongSorter(tempDirectory, "jingwei-idnumbers-", capacity)) {
      long[] lines = {0};
      try {
        source.read(
            located -> {
              PartyMember m = located.value();
              lines[0]++;
              try {
                ids.add(memberKey(m.id().value()));
                if (m.idNumber() != null) {
                  long k = idNumberKey(m.idNumber().value());
                  if (k != 0) {
                    idNumbers.add(k);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            issue -> {
              EntityRef ref = issue.entity();
              if (ref != null && ref.kind() == EntityKind.MEMBER) {
                try {
                  ids.add(memberKey(ref.id()));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      int runs = ids.runs() + idNumbers.runs();
      return new MemberPrepass(ids.repeated(), idNumbers.repeated(), lines[0], runs);
    }
  }

  /**
   * The key of a member id: an id of one to nine ASCII characters packed exactly (positive), any other a 64-bit
   * hash of its characters with the sign bit set (negative; may collide, so only ever a candidate).
   */
  static long memberKey(String id) {
    int n = id.length();
    if (n > 0 && n <= 9) {
      long k = 0;
      boolean ascii = true;
      for (int i = n - 1; i >= 0 && ascii; i--) {
        char c = id.charAt(i);
        ascii = c != 0 && c <= 0x7F;
        k = (k << 7) | c;
      }
      if (ascii) {
        return k;
      }
    }
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < n; i++) {
      h ^= id.charAt(i);
      h *= 0x100000001B3L;
    }
    h ^= h >>> 31;
    h *= 0x7FB5D329728EA185L;
    h ^= h >>> 27;
    return h | Long.MIN_VALUE;
  }

  /**
   * The key of a resident ID number as {@code ResidentIdNumber} normalizes it: 17 digits and a check character
   * ({@code X} in either case), packed exactly; 0 for text that cannot be a valid number.
   */
  static long idNumberKey(String value) {
    if (value.length() != 18) {
      return 0;
    }
    long digits = 0;
    for (int i = 0; i < 17; i++) {
      char ch = value.charAt(i);
      if (ch < '0' || ch > '9') {
        return 0;
      }
      digits = digits * 10 + (ch - '0');
    }
    char check = value.charAt(17);
    int c;
    if (check >= '0' && check <= '9') {
      c = check - '0';
    } else if (check == 'X' || check == 'x') {
      c = 10;
    } else {
      return 0;
    }
    return digits * 11 + c + 1;
  }
}
