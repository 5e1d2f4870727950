package io.jingwei.impl.rules.member;

import io.jingwei.dataset.CityDataset;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.impl.rules.record.RecordLookups;
import io.jingwei.member.Introducer;
import io.jingwei.member.PartyMember;
import io.jingwei.ref.MemberId;
import io.jingwei.time.PartialDate;
import java.util.List;
import java.util.Map;

/**
 * Introducers are full members (入党介绍人须为正式党员, check {@value #NAME}, 党章 第五条): each introducer that names a
 * member of the dataset must have been a full member on the day the branch admitted the applicant
 * ({@code timeline.admittedOn}), as far as {@link FullMembership#certainlyNotFullOn} tells. Introducers that name no
 * member, or a member not in the dataset (the reference rules report it), and timelines without an admission date
 * are skipped. Reported at {@code /timeline/introducers/{i}}. Argument: {@code introducer} (the member id).
 */
public final class IntroducerFullCheck extends MemberCheck {

  /** The check's name in profiles. */
  public static final String NAME = "member-introducer-full";

  /** The check. */
  public IntroducerFullCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyMember> bind(RuleContext rule) {
    CityDataset dataset = RecordLookups.dataset(rule.input());
    return (ref, m) -> {
      PartialDate admitted = m.timeline().admittedOn();
      List<Introducer> introducers = m.timeline().introducers();
      if (admitted == null || introducers.isEmpty()) {
        return;
      }
      for (int i = 0; i < introducers.size(); i++) {
        MemberId id = introducers.get(i).member();
        PartyMember other = id == null ? null : dataset.member(id).orElse(null);
        if (other != null && FullMembership.certainlyNotFullOn(other, admitted)) {
          emit(rule, ref, m, "/timeline/introducers/" + i, Map.of("introducer", id.value()));
        }
      }
    };
  }
}
