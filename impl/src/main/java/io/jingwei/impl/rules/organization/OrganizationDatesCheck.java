package io.jingwei.impl.rules.organization;

import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.ref.EntityRef;
import io.jingwei.time.PartialDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates of an organization (党组织日期, check {@value #NAME}, derived), each reported when certainly wrong:
 * {@code dissolvedOn} before {@code foundedOn} (at {@code /dissolvedOn}); {@code foundedOn} after the as-of date (at
 * {@code /foundedOn}); {@code leadership.electedOn} after the as-of date (at {@code /leadership/electedOn}).
 * Each is stated as a pair that must be in order: {@code earlier} (a field) with {@code earlierDate} is after
 * {@code later} (a field or {@code asOf}) with {@code laterDate} — the four arguments.
 */
public final class OrganizationDatesCheck extends OrganizationCheck {

  /** The check's name in profiles. */
  public static final String NAME = "organization-dates";

  /** The check. */
  public OrganizationDatesCheck() {
    super(NAME);
  }

  @Override
  protected RecordRule<PartyOrganization> bind(RuleContext rule) {
    String asOf = rule.asOf().toString();
    return (ref, org) -> {
      PartialDate founded = org.foundedOn();
      PartialDate dissolved = org.dissolvedOn();
      if (founded != null && dissolved != null && dissolved.isCertainlyBefore(founded)) {
        report(rule, ref, org, "/dissolvedOn", "foundedOn", founded.toString(), "dissolvedOn", dissolved.toString());
      }
      if (founded != null && founded.isCertainlyAfter(rule.asOf())) {
        report(rule, ref, org, "/foundedOn", "foundedOn", founded.toString(), "asOf", asOf);
      }
      PartialDate elected = org.leadership() == null ? null : org.leadership().electedOn();
      if (elected != null && elected.isCertainlyAfter(rule.asOf())) {
        report(rule, ref, org, "/leadership/electedOn", "electedOn", elected.toString(), "asOf", asOf);
      }
    };
  }

  private static void report(
      RuleContext rule,
      EntityRef ref,
      PartyOrganization org,
      String path,
      String earlier,
      String earlierDate,
      String later,
      String laterDate) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("earlier", earlier);
    args.put("earlierDate", earlierDate);
    args.put("later", later);
    args.put("laterDate", laterDate);
    emit(rule, ref, org, path, args);
  }
}
