/**
 * Drift between two exports (数据漂移): records added, removed and changed per kind (changed fields as JSON
 * pointers, never values), members who left without a transfer or exit record, organizations whose member counts
 * jumped, metrics that dropped beyond thresholds, and issue counts that moved — for two datasets, or for two
 * {@linkplain io.jingwei.testkit.snapshot.MetricsSnapshot metrics snapshots} (metrics only). The thresholds are
 * data ({@code jingwei-drift-thresholds/1}); the report has a versioned JSON form ({@code jingwei-drift/1}).
 * Public test-support API; described in {@code docs/snapshots-and-drift.md}.
 */
@NullMarked
package io.jingwei.testkit.drift;

import org.jspecify.annotations.NullMarked;
