package io.jingwei.impl.rules.member;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import java.util.Map;
import java.util.Set;

/**
 * The organization a member belongs to (党员组织关系所在组织, check {@value #NAME}, 党员教育管理工作条例
 * 第二十五条): a member's {@code organization} must be of one of the {@code types} (the branch-level types; a Party
 * group is recorded in {@code partyGroup}, not here). An organization not in the dataset is skipped (the reference
 * rules report it). Reported at {@code /organization}. Arguments: {@code organization} (its id) and {@code type}.
 */
public final class OrganizationTypeCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-organization-type";

  /** The check. */
  public OrganizationTypeCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    Set<OrganizationType> types = RuleParams.enumSet(rule.rule(), "types", OrganizationType.class);
    CityDataset dataset = RecordLookups.dataset(rule.input());
    return (ref, m) -> {
      PartyOrganization org = dataset.organization(m.organization()).orElse(null);
      if (org != null && !types.contains(org.type())) {
        emit(rule, ref, m, "/organization", Map.of("organization", org.id().value(), "type", org.type()));
      }
    };
  }
}
