package io.jingwei.impl.rules.organization;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.IntRange;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.PartyOrganization;
import java.util.Map;

/**
 * The length of a term (任期年限, check {@value #NAME}, 党章 第三十一条: grassroots committees, general branch and
 * branch committees serve three to five years): a recorded {@code leadership.termYears} outside {@code min..max} is
 * reported at {@code /leadership/termYears}. Arguments: {@code termYears}, {@code min}, {@code max}.
 */
public final class TermYearsCheck extends OrganizationCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-term-years";

  /** The check. */
  public TermYearsCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyOrganization> bind(RuleContext rule) {
    IntRange range = RuleParams.minMax(rule.rule());
    return (ref, org) -> {
      LeadershipTeam team = org.leadership();
      if (team != null && team.termYears() != null && !range.contains(team.termYears())) {
        emit(rule, ref, org, "/leadership/termYears",
            Map.of("termYears", team.termYears(), "min", range.min(), "max", range.max()));
      }
    };
  }
}
