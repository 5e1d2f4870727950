package io.jingwei.impl.rules.organization;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.PartialDates;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.impl.rules.record.RuleParams;
import io.jingwei.member.MembershipStatus;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Officer;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Post;
import io.jingwei.time.PartialDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A secretary's Party standing (书记党龄, check {@value #NAME}, 支部工作条例 第二十三条: a branch secretary generally
 * has at least a year of Party standing, which runs from full membership). For organizations of the
 * {@code types}, each SECRETARY officer whose member is in the dataset is reported at
 * {@code /leadership/officers/{i}/member} when, on the officer's {@code since} (else the team's {@code electedOn}),
 * the member's {@code convertedOn} plus {@code minYears} years had certainly not been reached — or the member is
 * PROBATIONARY now (no standing at all). A full member without a conversion date asserts nothing. Appointed
 * secretaries count too. Approvable. Arguments: {@code member}, {@code minYears}, {@code date}.
 */
public final class SecretaryStandingCheck extends OrganizationCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-secretary-standing";

  /** The check. */
  public SecretaryStandingCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyOrganization> bind(RuleContext rule) {
    int minYears = rule.rule().intParam("minYears");
    Set<OrganizationType> types = RuleParams.enumSetOrAll(rule.rule(), "types", OrganizationType.class);
    CityDataset dataset = RecordLookups.dataset(rule.input());
    return (ref, org) -> {
      LeadershipTeam team = org.leadership();
      if (team == null || !types.contains(org.type())) {
        return;
      }
      List<Officer> officers = team.officers();
      for (int i = 0; i < officers.size(); i++) {
        Officer officer = officers.get(i);
        if (officer.post() != Post.SECRETARY) {
          continue;
        }
        PartialDate date = officer.since() != null ? officer.since() : team.electedOn();
        PartyMember member = date == null ? null : dataset.member(officer.member()).orElse(null);
        if (member != null && tooShort(member, date, minYears)) {
          Map<String, Object> args = new LinkedHashMap<>();
          args.put("member", officer.member().value());
          args.put("minYears", minYears);
          args.put("date", date.toString());
          emit(rule, ref, org, "/leadership/officers/" + i + "/member", args);
        }
      }
    };
  }

  private static boolean tooShort(PartyMember member, PartialDate date, int minYears) {
    if (member.status() == MembershipStatus.PROBATIONARY) {
      return true;
    }
    PartialDate converted = member.timeline().convertedOn();
    return converted != null && PartialDates.certainlyBeforePlusMonths(date, converted, 12L * minYears);
  }
}
