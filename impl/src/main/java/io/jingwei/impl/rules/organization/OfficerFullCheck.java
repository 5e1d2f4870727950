package io.jingwei.impl.rules.organization;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.member.FullMembership;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.member.PartyMember;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.Officer;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Selection;
import io.jingwei.time.PartialDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Elected officers are full members (当选的班子成员须为正式党员, check {@value #NAME}, 选举条例 第五条: probationary
 * members have no right to stand). An officer counts as elected when both the team's and the officer's
 * {@code selection} are ELECTED and the post is a team post (not a group leader). The election date is the
 * officer's {@code since}, else the team's {@code electedOn}; without either the officer is skipped. The officer's
 * member must be in the dataset (otherwise the reference rules report it); the breach is reported when
 * {@link FullMembership#certainlyNotFullOn} holds on that date, at {@code /leadership/officers/{i}/member}.
 * Arguments: {@code member} (the id), {@code post}, {@code date}.
 */
public final class OfficerFullCheck extends OrganizationCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-officer-full";

  /** The check. */
  public OfficerFullCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyOrganization> bind(RuleContext rule) {
    CityDataset dataset = RecordLookups.dataset(rule.input());
    return (ref, org) -> {
      LeadershipTeam team = org.leadership();
      if (team == null || team.selection() != Selection.ELECTED) {
        return;
      }
      List<Officer> officers = team.officers();
      for (int i = 0; i < officers.size(); i++) {
        Officer officer = officers.get(i);
        if (officer.selection() != Selection.ELECTED || !officer.post().isTeamPost()) {
          continue;
        }
        PartialDate date = officer.since() != null ? officer.since() : team.electedOn();
        PartyMember member = date == null ? null : dataset.member(officer.member()).orElse(null);
        if (member != null && FullMembership.certainlyNotFullOn(member, date)) {
          Map<String, Object> args = new LinkedHashMap<>();
          args.put("member", officer.member().value());
          args.put("post", officer.post());
          args.put("date", date.toString());
          emit(rule, ref, org, "/leadership/officers/" + i + "/member", args);
        }
      }
    };
  }
}
