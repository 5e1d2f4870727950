/**
 * The metrics layer (指标层): dataset metrics (completeness, coverage, compliance per standard item, per district
 * and street), the population selectors of rules, and coverage minimum rules. Implementation.
 */
@NullMarked
package io.jingwei.impl.metrics;

import org.jspecify.annotations.NullMarked;
