package io.jingwei.impl.rules.record;

import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.PerRuleCheck;
import io.jingwei.impl.engine.RecordEntry;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.util.List;
import java.util.Objects;

/**
 * A record-layer check (记录检查) that looks at the records of one or more kinds one at a time. A subclass binds
 * a rule — reads its parameters once per validation — to a {@link RecordRule} that is then applied to every record
 * of the input of the right type, in input order. Linear in the number of records.
 *
 * <p>Subclasses are stateless and thread-safe, like every check.
 *
 * @param <T> the record type
 */
public abstract class RecordCheck<T> extends PerRuleCheck {

  /** How often (in records) a long loop looks whether fail-fast stopped the validation. */
  private static final int POLL = 1024;

  private final String name;
  private final Class<T> type;
  private final List<EntityKind> kinds;

  /**
   * A check of the given name over the records of the kinds that are of the type.
   *
   * @param name the check's name in profiles
   * @param type the record type
   * @param kinds the kinds whose records are checked, in this order
   */
  protected RecordCheck(String name, Class<T> type, EntityKind... kinds) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.kinds = List.of(kinds);
    if (this.kinds.isEmpty()) {
      throw new IllegalArgumentException("a record check needs at least one entity kind");
    }
  }

  @Override
  public final String name() {
    return name;
  }

  /** Always {@link Layer#RECORD}. */
  @Override
  public final Layer layer() {
    return Layer.RECORD;
  }

  @Override
  protected final void check(RuleContext rule) {
    RecordRule<T> bound = bind(rule);
    int n = 0;
    for (EntityKind kind : kinds) {
      for (RecordEntry entry : rule.input().records(kind)) {
        if (++n % POLL == 0 && rule.isStopped()) {
          return;
        }
        Object record = entry.record();
        if (type.isInstance(record)) {
          bound.check(entry.ref(), type.cast(record));
        }
      }
    }
  }

  /**
   * Reads the rule's parameters (and, if needed, prepares lookups) and returns what checks one record. Called
   * once per rule and validation.
   */
  protected abstract RecordRule<T> bind(RuleContext rule);

  /**
   * The computation of one rule on one record (单条记录的规则).
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface RecordRule<T> {
    /** Checks one record, emitting through the rule context it was bound with. */
    void check(EntityRef ref, T record);
  }
}
