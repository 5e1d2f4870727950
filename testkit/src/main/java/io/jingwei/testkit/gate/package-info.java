/**
 * Quality gates (质量门禁): thresholds as data — at most N issues of a code, a compliance rate of at least X — read
 * from a small YAML or JSON file and evaluated against a validation report. Public test-support API.
 */
@NullMarked
package io.jingwei.testkit.gate;

import org.jspecify.annotations.NullMarked;
