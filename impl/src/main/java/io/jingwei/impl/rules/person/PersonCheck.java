package io.jingwei.impl.rules.person;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordCheck;
import io.jingwei.ref.Entity;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;

/**
 * A check over the persons of the dataset (人员检查): Party members and community workers, seen through their
 * {@link PersonFields}.
 */
abstract class PersonCheck extends RecordCheck<Entity> {

  PersonCheck(String name) {
    super(name, Entity.class, EntityKind.MEMBER, EntityKind.COMMUNITY_WORKER);
  }

  @Override
  protected final RecordRule<Entity> bind(RuleContext rule) {
    PersonRule bound = bindPerson(rule);
    return (ref, record) -> {
      PersonFields person = PersonFields.of(record);
      if (person != null) {
        bound.check(ref, person);
      }
    };
  }

  /** Reads the rule's parameters and returns what checks one person. */
  abstract PersonRule bindPerson(RuleContext rule);

  /** The computation of one rule on one person. */
  @FunctionalInterface
  interface PersonRule {
    void check(EntityRef ref, PersonFields person);
  }
}
