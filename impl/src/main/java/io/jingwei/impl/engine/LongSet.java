package io.jingwei.impl.engine;


/**
 * A set of {@code long} values (长整数集合) in one open-addressing array with linear probing; it doubles at half
 * full. Any value may be stored (an extra flag stands for zero). Not thread-safe after it is built.
 */
final class LongSet {

  private static final LongSet EMPTY = new LongSet(2);

  private long[] slots;
  private int size;
  private boolean zero;

  LongSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    slots = new long[capacity];
  }

  /** The empty set. */
  static LongSet empty() {
    return EMPTY;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }

  /** Adds the value; returns whether it was not there. */
  boolean add(long key) {
    if (key == 0) {
      boolean added = !zero;
      zero = true;
      return added;
    }
    int mask = slots.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = slots[i];
      if (k == key) {
        return false;
      }
      if (k == 0) {
        slots[i] = key;
        if (++size * 2 > slots.length) {
          grow();
        }
        return true;
      }
    }
  }

  /** Whether the value is in the set. */
  boolean contains(long key) {
    if (key == 0) {
      return zero;
    }
    if (size == 0) {
      return false;
    }
    int mask = slots.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = slots[i];
      if (k == key) {
        return true;
      }
      if (k == 0) {
        return false;
      }
    }
  }

  /** How many values. */
  int size() {
    return size + (zero ? 1 : 0);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long k : old) {
      if (k != 0) {
        int i = slot(k, mask);
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = k;
      }
    }
  }

  @Override
  public String toString() {
    return "LongSet[size=" + size() + ", capacity=" + slots.length + "]";
  }
}
