/**
 * Metrics snapshots (指标快照): the figures of one validated export — record counts, active members per
 * organization, completeness, coverage and compliance for the city and each district, issue counts by code — as
 * an immutable value and as the versioned JSON file {@code jingwei-snapshot/1} that {@code jingwei stats
 * --snapshot} writes and {@code jingwei diff} compares. Public test-support API; the format is described in
 * {@code docs/snapshots-and-drift.md}.
 */
@NullMarked
package io.jingwei.testkit.snapshot;

import org.jspecify.annotations.NullMarked;
