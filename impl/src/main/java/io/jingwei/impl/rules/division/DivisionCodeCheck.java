package io.jingwei.impl.rules.division;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionCode;
import io.jingwei.division.DivisionCodeLevel;
import io.jingwei.division.DivisionKind;
import io.jingwei.division.TownshipType;
import io.jingwei.division.VillageSegmentType;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.structure.CheckSupport;
import io.jingwei.ref.DivisionId;
import io.jingwei.ref.EntityKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The division-code check (行政区划代码检查, check name {@value #NAME}): one walk over the divisions computing
 *
 * <ul>
 *   <li>{@value #REQUIRED}: a division without a code, unless its kind is in {@code exemptKinds} (development
 *       zones have no GB/T 2260 code) → {@code /code}; argument {@code kind};
 *   <li>{@value #LEVEL}: the code's level ({@link DivisionCodeLevel}) is not one of those {@code codeLevels}
 *       allows for the division's kind (a COMMUNITY with a six-digit code) → {@code /code}; arguments
 *       {@code code}, {@code kind}, {@code level}, {@code expected};
 *   <li>{@value #SEGMENT}: the code has the right level but its township segment (digits 7–9) is not of the type
 *       {@code townshipSegments} gives for the kind (a SUBDISTRICT coded 1xx, which is a 镇), or its village
 *       segment (digits 10–12) not of the type {@code villageSegments} gives (a COMMUNITY coded 2xx, which is a
 *       村) → {@code /code}; arguments {@code code}, {@code kind}, {@code segment}, {@code expected};
 *   <li>{@value #PARENT}: the code does not lie within the code of the nearest ancestor division that has one
 *       ({@link DivisionCode#isWithin}); ancestors without a code (a development zone) are passed over → {@code
 *       /code}; arguments {@code code}, {@code parent} (the ancestor's id), {@code parentCode}.
 * </ul>
 *
 * <p>Linear: the ancestor walk is bounded ({@value #MAX_DEPTH} steps) and stops at a cycle.
 */
public final class DivisionCodeCheck implements Check {

  /** The check's name in profiles. */
  public static final String NAME = "division-codes";

  /** The rule of divisions without a code. */
  public static final String REQUIRED = "division.code-required";

  /** The rule of codes of the wrong level. */
  public static final String LEVEL = "division.code-level";

  /** The rule of township and village segments of the wrong type. */
  public static final String SEGMENT = "division.code-segment";

  /** The rule of codes outside the parent's code. */
  public static final String PARENT = "division.code-parent";

  private static final int MAX_DEPTH = 32;

  /** Creates the check. */
  public DivisionCodeCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.REFERENCE;
  }

  @Override
  public void run(CheckContext context) {
    CityDataset dataset = CheckSupport.dataset(context.input());
    RuleContext required = context.rule(REQUIRED).orElse(null);
    RuleContext level = context.rule(LEVEL).orElse(null);
    RuleContext segment = context.rule(SEGMENT).orElse(null);
    RuleContext parent = context.rule(PARENT).orElse(null);
    Set<DivisionKind> exempt =
        required == null
            ? Set.of()
            : CheckSupport.enumSet(required.rule(), "exemptKinds", DivisionKind.class, Set.of());
    Map<DivisionKind, Set<DivisionCodeLevel>> levels =
        level == null
            ? Map.of()
            : CheckSupport.enumTable(level.rule(), "codeLevels", DivisionKind.class, DivisionCodeLevel.class);
    Map<DivisionKind, Set<TownshipType>> townships =
        segment == null || !segment.rule().hasParam("townshipSegments")
            ? Map.of()
            : CheckSupport.enumTable(segment.rule(), "townshipSegments", DivisionKind.class, TownshipType.class);
    Map<DivisionKind, Set<VillageSegmentType>> villages =
        segment == null || !segment.rule().hasParam("villageSegments")
            ? Map.of()
            : CheckSupport.enumTable(
                segment.rule(), "villageSegments", DivisionKind.class, VillageSegmentType.class);
    for (RecordEntry e : context.input().records(EntityKind.DIVISION)) {
      if (context.isStopped()) {
        return;
      }
      Division d = (Division) e.record();
      DivisionCode code = d.code();
      if (code == null) {
        if (required != null && !exempt.contains(d.kind())) {
          required.emitAt(e.ref(), "/code", e.location(), args("kind", d.kind()), Approvals.none());
        }
        continue;
      }
      Set<DivisionCodeLevel> expected = levels.get(d.kind());
      boolean levelOk = expected == null || expected.contains(code.level());
      if (!levelOk && level != null) {
        level.emitAt(
            e.ref(),
            "/code",
            e.location(),
            args("code", code.value(), "kind", d.kind(), "level", code.level(), "expected", names(expected)),
            Approvals.none());
      }
      if (segment != null && levelOk) {
        segment(segment, e, d, code, townships, villages);
      }
      if (parent != null) {
        Division ancestor = codedAncestor(dataset, d);
        if (ancestor != null && ancestor.code() != null && !code.isWithin(ancestor.code())) {
          parent.emitAt(
              e.ref(),
              "/code",
              e.location(),
              args("code", code.value(), "parent", ancestor.id().value(), "parentCode", ancestor.code().value()),
              Approvals.none());
        }
      }
    }
  }

  private static void segment(
      RuleContext rule,
      RecordEntry e,
      Division d,
      DivisionCode code,
      Map<DivisionKind, Set<TownshipType>> townships,
      Map<DivisionKind, Set<VillageSegmentType>> villages) {
    Set<TownshipType> township = townships.get(d.kind());
    if (township != null && code.level() == DivisionCodeLevel.TOWNSHIP) {
      Optional<TownshipType> actual = code.townshipType();
      if (actual.isEmpty() || !township.contains(actual.get())) {
        rule.emitAt(
            e.ref(),
            "/code",
            e.location(),
            args("code", code.value(), "kind", d.kind(), "segment", code.value().substring(6, 9), "expected",
                names(township)),
            Approvals.none());
      }
    }
    Set<VillageSegmentType> village = villages.get(d.kind());
    if (village != null && code.level() == DivisionCodeLevel.VILLAGE) {
      Optional<VillageSegmentType> actual = code.villageSegmentType();
      if (actual.isEmpty() || !village.contains(actual.get())) {
        rule.emitAt(
            e.ref(),
            "/code",
            e.location(),
            args("code", code.value(), "kind", d.kind(), "segment", code.value().substring(9, 12), "expected",
                names(village)),
            Approvals.none());
      }
    }
  }

  /** The nearest ancestor with a code, or null; a cycle or an unknown parent ends the walk. */
  private static @Nullable Division codedAncestor(CityDataset dataset, Division d) {
    DivisionId current = d.parent();
    for (int i = 0; current != null && i < MAX_DEPTH; i++) {
      Division p = dataset.division(current).orElse(null);
      if (p == null || p.id().equals(d.id())) {
        return null;
      }
      if (p.code() != null) {
        return p;
      }
      current = p.parent();
    }
    return null;
  }

  private static List<String> names(@Nullable Set<? extends Enum<?>> values) {
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    for (Enum<?> v : values) {
      out.add(v.name());
    }
    return Collections.unmodifiableList(out);
  }
}
