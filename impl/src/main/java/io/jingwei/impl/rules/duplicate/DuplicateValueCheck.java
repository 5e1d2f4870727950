package io.jingwei.impl.rules.duplicate;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.division.Division;
import io.jingwei.grid.Grid;
import io.jingwei.impl.engine.Approvals;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityKind;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.worker.CommunityWorker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The duplicate-value check (重复值检查, check name {@value #NAME}): a value that must be unique within one kind of
 * record appears on two records of that kind. Which value is data: parameter {@code property} names the wire
 * property and {@code kinds} the collections it is checked in (each on its own: a member and a community worker
 * may share an ID number).
 *
 * <table>
 *   <caption>Supported properties</caption>
 *   <tr><th>property</th><th>kinds</th><th>compared as</th></tr>
 *   <tr><td>{@code idNumber}</td><td>members, communityWorkers</td><td>the 18-character number</td></tr>
 *   <tr><td>{@code code}</td><td>divisions</td><td>the twelve-digit form ({@code 450103} = {@code 450103000000})</td></tr>
 *   <tr><td>{@code code}</td><td>organizations</td><td>the text without surrounding blanks; blank codes are skipped</td></tr>
 *   <tr><td>{@code code}</td><td>grids</td><td>the digits</td></tr>
 * </table>
 *
 * <p>Each later record holding a value already seen is reported at {@code /<property>}, with arguments
 * {@code value} (the value object, so that an ID number is masked by the engine) and {@code first} (the id of
 * the record that holds it first). A record with the same id as the first holder is skipped: it is a duplicate
 * record, which {@code duplicate.id} reports. Linear: one hash map per kind.
 */
public final class DuplicateValueCheck extends PerRuleCheck {

  /** The check's name in profiles. */
  public static final String NAME = "duplicate-value";

  private static final Map<String, Set<EntityKind>> SUPPORTED =
      Map.of(
          "idNumber", Set.of(EntityKind.MEMBER, EntityKind.COMMUNITY_WORKER),
          "code", Set.of(EntityKind.DIVISION, EntityKind.ORGANIZATION, EntityKind.GRID));

  /** Creates the check. */
  public DuplicateValueCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.REFERENCE;
  }

  @Override
  protected void check(RuleContext rule) {
    String property = rule.rule().stringParam("property");
    List<EntityKind> kinds = kinds(rule.rule());
    for (EntityKind kind : kinds) {
      if (!SUPPORTED.getOrDefault(property, Set.of()).contains(kind)) {
        throw new IllegalStateException(
            "rule " + rule.id() + ": the property '" + property + "' of " + kind.collectionName()
                + " is not supported (see DuplicateValueCheck)");
      }
    }
    for (EntityKind kind : kinds) {
      checkKind(rule, kind, property);
    }
  }

  private static List<EntityKind> kinds(RuleDefinition rule) {
    List<EntityKind> out = new ArrayList<>();
    for (String name : rule.stringListParam("kinds")) {
      EntityKind kind = null;
      for (EntityKind k : EntityKind.values()) {
        if (k.collectionName().equals(name.strip())) {
          kind = k;
        }
      }
      if (kind == null) {
        throw new IllegalStateException(
            "rule " + rule.id() + ": parameter 'kinds' names an unknown collection '" + name + "'");
      }
      out.add(kind);
    }
    return out;
  }

  private static void checkKind(RuleContext rule, EntityKind kind, String property) {
    List<RecordEntry> entries = rule.input().records(kind);
    Map<String, String> firstHolder = new HashMap<>(entries.size() * 2);
    for (RecordEntry e : entries) {
      Value v = value(property, e.record());
      if (v == null) {
        continue;
      }
      String first = firstHolder.putIfAbsent(v.key(), e.ref().id());
      if (first != null && !first.equals(e.ref().id())) {
        rule.emitAt(
            e.ref(), "/" + property, e.location(), args("value", v.shown(), "first", first), Approvals.none());
      }
    }
  }

  /** The comparison key of a value and what the message shows of it (a personal value stays an object). */
  private record Value(String key, Object shown) {}

  private static @Nullable Value value(String property, Object record) {
    switch (property) {
      case "idNumber":
        if (record instanceof PartyMember m) {
          return m.idNumber() == null ? null : new Value(m.idNumber().value(), m.idNumber());
        }
        if (record instanceof CommunityWorker w) {
          return w.idNumber() == null ? null : new Value(w.idNumber().value(), w.idNumber());
        }
        break;
      case "code":
        if (record instanceof Division d) {
          return d.code() == null ? null : new Value(d.code().toTwelveDigits().value(), d.code().value());
        }
        if (record instanceof PartyOrganization o) {
          String code = o.code() == null ? "" : o.code().strip();
          return code.isEmpty() ? null : new Value(code, code);
        }
        if (record instanceof Grid g) {
          return new Value(g.code().value(), g.code().value());
        }
        break;
      default:
        break;
    }
    return null; // a record of another kind than the one listed (cannot happen: records are sorted by kind)
  }
}
