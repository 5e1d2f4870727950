package io.jingwei.xlsx.internal;

import io.jingwei.ref.EntityKind;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which sheets and CSV files a reading reads (按类别读取): those of the kinds given — the others are skipped unread,
 * silently — and whether the files and sheets of no known kind are reported ({@code read.unknown-file},
 * {@code sheet.unknown}). A streaming validation reads the members apart from the other kinds, and each reading
 * must report those only once.
 *
 * @param kinds the kinds read
 * @param reportUnknown whether files and sheets of no known kind are reported
 */
public record KindFilter(Set<EntityKind> kinds, boolean reportUnknown) {

  /** Every kind, the unknown reported: a whole reading. */
  public static final KindFilter ALL = new KindFilter(EnumSet.allOf(EntityKind.class), true);

  /** Copies the kinds. */
  public KindFilter {
    Objects.requireNonNull(kinds, "kinds");
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
  }

  /** Every kind but one, the unknown reported. */
  public static KindFilter allBut(EntityKind kind) {
    EnumSet<EntityKind> kinds = EnumSet.allOf(EntityKind.class);
    kinds.remove(kind);
    return new KindFilter(kinds, true);
  }

  /** One kind only, the unknown not reported. */
  public static KindFilter only(EntityKind kind) {
    return new KindFilter(EnumSet.of(kind), false);
  }

  /** Whether a sheet or file of the kind is read. */
  public boolean reads(EntityKind kind) {
    return kinds.contains(kind);
  }
}
