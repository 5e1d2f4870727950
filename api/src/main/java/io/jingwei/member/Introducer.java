package io.jingwei.member;

import io.jingwei.person.PersonName;
import io.jingwei.ref.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * An introducer (入党介绍人): one of the two full members who introduce an applicant. Recorded by member id when
 * the introducer is in the dataset, by name otherwise, or both; the engine reports an introducer with neither.
 *
 * @param member the introducer's member id, when in the dataset
 * @param name the introducer's name (personal data, masked in {@link #toString()})
 */
public record Introducer(@Nullable MemberId member, @Nullable PersonName name) {

  /** An introducer in the dataset. */
  public static Introducer of(MemberId member) {
    return new Introducer(member, null);
  }

  /** An introducer known by name only. */
  public static Introducer named(PersonName name) {
    return new Introducer(null, name);
  }
}
