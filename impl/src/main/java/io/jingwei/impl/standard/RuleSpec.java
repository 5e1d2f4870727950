package io.jingwei.impl.standard;

import io.jingwei.standard.LocalizedText;
import io.jingwei.standard.Population;
import io.jingwei.standard.RuleExample;
import io.jingwei.standard.RuleSource;
import io.jingwei.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One rule entry of a profile file as written (规则条目): a new rule, or an override of an inherited rule by id in
 * which only the keys given change. Null means "not given". In {@code params}, a null value removes an
 * inherited parameter.
 *
 * @param id the rule id
 * @param check the check name, if given
 * @param severity the severity, if given
 * @param approvable whether approval silences it, if given
 * @param source the source, if given (replaces the inherited one whole)
 * @param effectiveFrom the first day in force, if given
 * @param params the parameters given (merged key by key into the inherited ones), or null
 * @param title the title, if given
 * @param examples the examples, if given (replace the inherited ones)
 * @param enabled whether enabled, if given
 * @param population the population the rule judges, if given (replaces the inherited one whole)
 */
record RuleSpec(
    String id,
    @Nullable String check,
    @Nullable Severity severity,
    @Nullable Boolean approvable,
    @Nullable RuleSource source,
    @Nullable LocalDate effectiveFrom,
    @Nullable Map<String, @Nullable Object> params,
    @Nullable LocalizedText title,
    @Nullable List<RuleExample> examples,
    @Nullable Boolean enabled,
    @Nullable Population population) {}
