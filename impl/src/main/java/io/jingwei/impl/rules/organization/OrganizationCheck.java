package io.jingwei.impl.rules.organization;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordCheck;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityKind;
import io.jingwei.ref.EntityRef;
import java.util.Map;

/**
 * A check over the Party organizations of the dataset, one at a time (党组织记录检查). Issues carry the
 * organization's approvals (上级批准), which silence the approvable rules.
 */
abstract class OrganizationCheck extends RecordCheck<PartyOrganization> {

  OrganizationCheck(String name) {
    super(name, PartyOrganization.class, EntityKind.ORGANIZATION);
  }

  /** Emits an issue on the organization at the path, with the organization's approvals. */
  static void emit(RuleContext rule, EntityRef ref, PartyOrganization org, String path, Map<String, ?> args) {
    rule.emit(ref, path, args, RecordLookups.approvals(org.approvals()));
  }
}
