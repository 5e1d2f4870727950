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
 * Arguments: {@code field} and {@code date} (the date reported), {@code limit} (the field or {@code asOf} it must not
 * precede or follow) and {@code limitDate}.
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
        report(rule, ref, org, "/dissolvedOn", "dissolvedOn", dissolved, "foundedOn", founded.toString());
      }
      if (founded != null && founded.isCertainlyAfter(rule.asOf())) {
        report(rule, ref, org, "/foundedOn", "foundedOn", founded, "asOf", asOf);
      }
      PartialDate elected = org.leadership() == null ? null : org.leadership().electedOn();
      if (elected != null && elected.isCertainlyAfter(rule.asOf())) {
        report(rule, ref, org, "/leadership/electedOn", "electedOn", elected, "asOf", asOf);
      }
    };
  }

  private static void report(
      RuleContext rule,
      EntityRef ref,
      PartyOrganization org,
      String path,
      String field,
      PartialDate date,
      String limit,
      String limitDate) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("field", field);
    args.put("date", date.toString());
    args.put("limit", limit);
    args.put("limitDate", limitDate);
    emit(rule, ref, org, path, args);
  }
}
