package io.jingwei.impl.rules.organization;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.time.PartialDate;
import java.time.LocalDate;
import java.util.Map;

/**
 * The recorded end of a term (应换届时间, check {@value #NAME}, derived): a {@code leadership.termEndsOn} must be
 * {@code electedOn} plus {@code termYears} years. With partial dates the expected day is the range from the first
 * day {@code electedOn} covers to the last, moved by the years (an election on 29 February may end on 28 February
 * or 1 March); a {@code termEndsOn} certainly outside it is reported at {@code /leadership/termEndsOn}. Argument:
 * {@code expected} (the day, or {@code from/to}).
 */
public final class TermEndCheck extends OrganizationCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-term-end";

  /** The check. */
  public TermEndCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyOrganization> bind(RuleContext rule) {
    return (ref, org) -> {
      LeadershipTeam team = org.leadership();
      if (team == null || team.termEndsOn() == null || team.electedOn() == null || team.termYears() == null) {
        return;
      }
      PartialDate elected = team.electedOn();
      int years = team.termYears();
      LocalDate from = elected.earliest().plusYears(years);
      LocalDate to = elected.latest().plusYears(years);
      if (to.getDayOfMonth() < elected.latest().getDayOfMonth()) {
        to = to.plusDays(1);
      }
      if (PartialDates.certainlyOutside(team.termEndsOn(), from, to)) {
        emit(rule, ref, org, "/leadership/termEndsOn",
            Map.of("expected", from.equals(to) ? from.toString() : from + "/" + to));
      }
    };
  }
}
