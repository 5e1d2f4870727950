package io.jingwei.impl.rules.member;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordCheck;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.util.Map;

/**
 * A check over the Party members of the dataset (党员检查). Issues carry the member's approvals, so that a
 * profile may make any member rule approvable.
 */
abstract class MemberCheck extends RecordCheck<PartyMember> {

  MemberCheck(String name) {
    super(name, PartyMember.class, EntityKind.MEMBER);
  }

  /** Emits an issue on the member at the path, with the member's approvals. */
  static void emit(RuleContext rule, EntityRef ref, PartyMember member, String path, Map<String, ?> args) {
    rule.emit(ref, path, args, RecordLookups.approvals(member.approvals()));
  }
}
