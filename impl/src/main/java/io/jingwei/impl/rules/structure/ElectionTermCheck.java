package io.jingwei.impl.rules.structure;

import static io.jingwei.impl.rules.structure.CheckSupport.args;

import io.jingwei.dataset.CityDataset;
import io.jingwei.division.Division;
import io.jingwei.division.DivisionLevel;
import io.jingwei.impl.engine.Check;
import io.jingwei.impl.engine.CheckContext;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.RuleContext;
import io.jingwei.organization.LeadershipTeam;
import io.jingwei.organization.OrganizationType;
import io.jingwei.organization.PartyOrganization;
import io.jingwei.organization.Selection;
import io.jingwei.organization.UnitNature;
import io.jingwei.standard.RuleDefinition;
import io.jingwei.time.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The election-term check (换届检查, check name {@value #NAME}): an elected leadership whose term has run out.
 *
 * <ul>
 *   <li>{@value #DUE}: the as-of date is after the end of the term, {@code leadership.electedOn} + the term years
 *       of the organization's type → {@code /leadership/electedOn} (换届到期);
 *   <li>{@value #OVERDUE}: the as-of date is more than {@code maxShiftMonths} after the end of the term (选举条例
 *       第三条: a postponement is generally at most one year) → {@code /leadership/electedOn}. Where it is reported,
 *       {@value #DUE} is not.
 * </ul>
 *
 * <p>Term years come from the parameter {@code termYears}, a map of integers: {@code default}, one key per
 * organization type that differs ({@code GRASSROOTS_COMMITTEE: 5}) and {@code communityOrVillage} for the
 * organizations of a 社区 or 村 (whose unit nature is COMMUNITY or VILLAGE, or whose division is of the community
 * level), which takes precedence. Organizations whose type is in {@code exemptTypes} are not checked (地方党委 are
 * elected by congresses, 党工委 are appointed, 党小组 and 临时党支部 are not elected, 大工委 are alliances), nor
 * leaderships whose {@code selection} is APPOINTED, nor organizations not active on the as-of date. A rule that
 * lacks {@code termYears} or {@code exemptTypes} takes them from the other rule of this check in the standard, so
 * that {@value #OVERDUE} follows the term table of {@value #DUE}.
 *
 * <p>Dates are partial: the term is taken to end at the latest day {@code electedOn} may denote, so an issue
 * means the term has certainly ended. Arguments: {@code electedOn}, {@code termYears}, {@code dueOn} and, for
 * {@value #OVERDUE}, {@code maxShiftMonths}.
 */
public final class ElectionTermCheck implements Check {

  /** The check's name in profiles. */
  public static final String NAME = "election-term";

  /** The rule of leaderships whose term has ended. */
  public static final String DUE = "election.due";

  /** The rule of leaderships whose term ended more than the allowed shift ago. */
  public static final String OVERDUE = "election.overdue";

  private static final String TERM_YEARS = "termYears";
  private static final String EXEMPT_TYPES = "exemptTypes";
  private static final String DEFAULT = "default";
  private static final String COMMUNITY_OR_VILLAGE = "communityOrVillage";

  /** Creates the check. */
  public ElectionTermCheck() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Layer layer() {
    return Layer.STRUCTURE;
  }

  /** The term table and exemptions of one rule. */
  private record Terms(
      @Nullable Integer defaultYears,
      @Nullable Integer communityYears,
      Map<OrganizationType, Integer> byType,
      Set<OrganizationType> exempt) {

    static Terms of(RuleDefinition rule, CheckContext context) {
      RuleDefinition table = withParam(rule, TERM_YEARS, context);
      RuleDefinition exemptions = withParam(rule, EXEMPT_TYPES, context);
      Integer defaultYears = null;
      Integer communityYears = null;
      Map<OrganizationType, Integer> byType = new EnumMap<>(OrganizationType.class);
      for (Map.Entry<String, Object> e : table.mapParam(TERM_YEARS).entrySet()) {
        int years = years(table, e.getKey(), e.getValue());
        if (e.getKey().equals(DEFAULT)) {
          defaultYears = years;
        } else if (e.getKey().equals(COMMUNITY_OR_VILLAGE)) {
          communityYears = years;
        } else {
          byType.put(CheckSupport.enumValue(table, TERM_YEARS, e.getKey(), OrganizationType.class), years);
        }
      }
      Set<OrganizationType> exempt = CheckSupport.enumSet(exemptions, EXEMPT_TYPES, OrganizationType.class);
      return new Terms(defaultYears, communityYears, byType, exempt);
    }

    /** The term years of the organization, or null when the table gives none. */
    @Nullable Integer years(PartyOrganization o, boolean communityOrVillage) {
      if (communityOrVillage && communityYears != null) {
        return communityYears;
      }
      Integer years = byType.get(o.type());
      return years != null ? years : defaultYears;
    }

    private static RuleDefinition withParam(RuleDefinition rule, String name, CheckContext context) {
      if (rule.hasParam(name)) {
        return rule;
      }
      for (RuleDefinition other : context.boundRules()) {
        if (other.hasParam(name)) {
          return other;
        }
      }
      throw new IllegalStateException("rule " + rule.id() + ": parameter '" + name + "' is missing");
    }

    private static int years(RuleDefinition rule, String key, Object value) {
      if (value instanceof BigDecimal d && d.signum() > 0) {
        try {
          return d.intValueExact();
        } catch (ArithmeticException e) {
          // fall through
        }
      }
      throw new IllegalStateException(
          "rule " + rule.id() + ": parameter '" + TERM_YEARS + "." + key + "' must be a positive integer");
    }
  }

  @Override
  public void run(CheckContext context) {
    RuleContext due = context.rule(DUE).orElse(null);
    RuleContext overdue = context.rule(OVERDUE).orElse(null);
    Terms dueTerms = due == null ? null : Terms.of(due.rule(), context);
    Terms overdueTerms = overdue == null ? null : Terms.of(overdue.rule(), context);
    int shift = overdue == null ? 0 : overdue.rule().intParam("maxShiftMonths");
    CityDataset dataset = CheckSupport.dataset(context.input());
    LocalDate asOf = context.asOf();
    for (PartyOrganization o : CheckSupport.organizations(dataset)) {
      if (context.isStopped()) {
        return;
      }
      LeadershipTeam team = o.leadership();
      if (team == null || team.electedOn() == null || team.selection() == Selection.APPOINTED) {
        continue;
      }
      if (!o.isActiveOn(asOf)) {
        continue;
      }
      PartialDate electedOn = team.electedOn();
      boolean community = isCommunityOrVillage(dataset, o);
      if (overdue != null && overdueTerms != null && !overdueTerms.exempt().contains(o.type())) {
        Integer years = overdueTerms.years(o, community);
        if (years != null) {
          LocalDate end = electedOn.latest().plusYears(years);
          if (asOf.isAfter(end.plusMonths(shift))) {
            overdue.emit(
                o.id().toRef(),
                "/leadership/electedOn",
                args("electedOn", electedOn, "termYears", years, "dueOn", end, "maxShiftMonths", shift));
            continue;
          }
        }
      }
      if (due != null && dueTerms != null && !dueTerms.exempt().contains(o.type())) {
        Integer years = dueTerms.years(o, community);
        if (years != null) {
          LocalDate end = electedOn.latest().plusYears(years);
          if (asOf.isAfter(end)) {
            due.emit(
                o.id().toRef(),
                "/leadership/electedOn",
                args("electedOn", electedOn, "termYears", years, "dueOn", end));
          }
        }
      }
    }
  }

  /** Whether the organization is one of a 社区 or 村: by its unit's nature or its division's level. */
  static boolean isCommunityOrVillage(CityDataset dataset, PartyOrganization o) {
    if (o.unit() != null
        && (o.unit().nature() == UnitNature.COMMUNITY || o.unit().nature() == UnitNature.VILLAGE)) {
      return true;
    }
    if (o.division() == null) {
      return false;
    }
    Division d = dataset.division(o.division()).orElse(null);
    return d != null && d.level() == DivisionLevel.COMMUNITY;
  }
}
