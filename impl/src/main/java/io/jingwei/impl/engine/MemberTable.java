package io.jingwei.impl.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact state a streaming validation keeps per member id (党员紧凑索引): the id as a primitive key, and for the
 * first record of each id its ordinal, line, organization, the dates the introducer rule needs and a few flags,
 * in paged primitive arrays (about 30 bytes per member, no object per member). Ids of up to nine ASCII characters
 * (such as {@code M0000001}) are packed into the key exactly; other ids are kept as strings in a side table, so
 * that keys never collide.
 *
 * <p>Also serves as the table of another value's first holder (ID numbers), through {@link LongIntTable}.
 * Not thread-safe.
 */
final class MemberTable {

  private static final int PAGE_BITS = 16;
  private static final int PAGE = 1 << PAGE_BITS;

  private final LongIntTable index = new LongIntTable();
  private final Map<String, Long> spill = new HashMap<>();
  private final List<String> spillIds = new ArrayList<>();
  private long[][] keys = new long[16][];
  private long[][] facts = new long[16][];
  private int[][] lines = new int[16][];
  private byte[][] masks = new byte[16][];
  private int size;

  /** The key of a member id: the packed characters, or a negative number naming a side-table entry. */
  long key(String id) {
    long packed = pack(id);
    if (packed > 0) {
      return packed;
    }
    Long k = spill.get(id);
    if (k == null) {
      spillIds.add(id);
      k = -(long) spillIds.size();
      spill.put(id, k);
    }
    return k;
  }

  /** The key of the id if the table may know it, else 0 (an id never seen). */
  long knownKey(String id) {
    long packed = pack(id);
    if (packed > 0) {
      return packed;
    }
    Long k = spill.get(id);
    return k == null ? 0 : k;
  }

  /** The id of a key. */
  String id(long key) {
    if (key < 0) {
      return spillIds.get((int) (-key - 1));
    }
    StringBuilder b = new StringBuilder(9);
    for (long k = key; k != 0; k >>>= 7) {
      b.append((char) (k & 0x7F));
    }
    return b.toString();
  }

  private static long pack(String id) {
    int n = id.length();
    if (n == 0 || n > 9) {
      return 0;
    }
    long k = 0;
    for (int i = n - 1; i >= 0; i--) {
      char c = id.charAt(i);
      if (c == 0 || c > 0x7F) {
        return 0;
      }
      k = (k << 7) | c;
    }
    return k;
  }

  /** The ordinal of the key's first record, or -1. */
  int find(long key) {
    return key == 0 ? -1 : index.get(key);
  }

  /** Adds the first record of a key (not yet in the table); returns its ordinal. */
  int add(long key, int line, long fact) {
    int ord = size;
    int page = ord >>> PAGE_BITS;
    if (page == keys.length) {
      keys = java.util.Arrays.copyOf(keys, page * 2);
      facts = java.util.Arrays.copyOf(facts, page * 2);
      lines = java.util.Arrays.copyOf(lines, page * 2);
      masks = java.util.Arrays.copyOf(masks, page * 2);
    }
    if (keys[page] == null) {
      keys[page] = new long[PAGE];
      facts[page] = new long[PAGE];
      lines[page] = new int[PAGE];
    }
    int at = ord & (PAGE - 1);
    keys[page][at] = key;
    facts[page][at] = fact;
    lines[page][at] = line;
    index.put(key, ord);
    size++;
    return ord;
  }

  long key(int ord) {
    return keys[ord >>> PAGE_BITS][ord & (PAGE - 1)];
  }

  long fact(int ord) {
    return facts[ord >>> PAGE_BITS][ord & (PAGE - 1)];
  }

  int line(int ord) {
    return lines[ord >>> PAGE_BITS][ord & (PAGE - 1)];
  }

  void mask(int ord, byte mask) {
    int page = ord >>> PAGE_BITS;
    if (masks[page] == null) {
      masks[page] = new byte[PAGE];
    }
    masks[page][ord & (PAGE - 1)] = mask;
  }

  byte mask(int ord) {
    byte[] page = masks[ord >>> PAGE_BITS];
    return page == null ? 0 : page[ord & (PAGE - 1)];
  }

  /** How many member ids. */
  int size() {
    return size;
  }

  // The facts of a member packed in a long: organization index (23 bits, all ones: none), earliest day of
  // convertedOn and of admittedOn (19 bits each, days since 1800-01-01 plus one, 0: none), and three flags.

  static final int NO_ORGANIZATION = (1 << 23) - 1;
  private static final long EPOCH_1800 = java.time.LocalDate.of(1800, 1, 1).toEpochDay();
  static final int PROBATIONARY = 1;
  static final int ACTIVE = 2;
  static final int FULL = 4;

  static long fact(int organization, java.time.@org.jspecify.annotations.Nullable LocalDate converted,
      java.time.@org.jspecify.annotations.Nullable LocalDate admitted, int flags) {
    if (organization < 0 || organization > NO_ORGANIZATION) {
      throw new IllegalStateException("a streaming validation handles fewer than " + NO_ORGANIZATION + " organizations");
    }
    return ((long) organization << 41) | ((long) day(converted) << 22) | ((long) day(admitted) << 3) | flags;
  }

  private static int day(java.time.@org.jspecify.annotations.Nullable LocalDate date) {
    return date == null ? 0 : (int) (date.toEpochDay() - EPOCH_1800 + 1);
  }

  static int organization(long fact) {
    return (int) (fact >>> 41);
  }

  static java.time.@org.jspecify.annotations.Nullable LocalDate converted(long fact) {
    return date((int) ((fact >>> 22) & 0x7FFFF));
  }

  static java.time.@org.jspecify.annotations.Nullable LocalDate admitted(long fact) {
    return date((int) ((fact >>> 3) & 0x7FFFF));
  }

  private static java.time.@org.jspecify.annotations.Nullable LocalDate date(int day) {
    return day == 0 ? null : java.time.LocalDate.ofEpochDay(day - 1 + EPOCH_1800);
  }

  static boolean has(long fact, int flag) {
    return (fact & flag) != 0;
  }

  /**
   * An open-addressing hash table (开放寻址散列表) from non-zero long keys to non-negative ints, with linear probing;
   * it doubles at three quarters full.
   */
  static final class LongIntTable {
    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The value of the key, or -1. */
    int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == 0) {
          return -1;
        }
      }
    }

    /** Puts the value unless the key is there; returns the value there before, or -1. */
    int putIfAbsent(long key, int value) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == 0) {
          keys[i] = key;
          values[i] = value;
          if (++size * 4L > keys.length * 3L) {
            grow();
          }
          return -1;
        }
      }
    }

    void put(long key, int value) {
      if (putIfAbsent(key, value) >= 0) {
        throw new IllegalStateException("key already in the table");
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        long k = oldKeys[j];
        if (k != 0) {
          int i = slot(k, mask);
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = k;
          values[i] = oldValues[j];
        }
      }
    }
  }
}
