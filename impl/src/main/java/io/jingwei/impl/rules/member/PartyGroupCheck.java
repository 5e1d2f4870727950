package io.jingwei.impl.rules.member;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.OrganizationId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member's Party group (党小组, check {@value #NAME}, 支部工作条例 第十三条: a branch is divided into groups): the
 * {@code partyGroup} must be a PARTY_GROUP whose {@code parent} is the member's {@code organization}. A group not in
 * the dataset is skipped (the reference rules report it). Reported at {@code /partyGroup}. Arguments:
 * {@code partyGroup}, {@code type} (the group's), {@code organization} (the member's).
 */
public final class PartyGroupCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-party-group";

  /** The check. */
  public PartyGroupCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    CityDataset dataset = RecordLookups.dataset(rule.input());
    return (ref, m) -> {
      OrganizationId groupId = m.partyGroup();
      PartyOrganization group = groupId == null ? null : dataset.organization(groupId).orElse(null);
      if (group == null) {
        return;
      }
      if (group.type() != OrganizationType.PARTY_GROUP || !m.organization().equals(group.parent())) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("partyGroup", group.id().value());
        args.put("type", group.type());
        args.put("organization", m.organization().value());
        emit(rule, ref, m, "/partyGroup", args);
      }
    };
  }
}
