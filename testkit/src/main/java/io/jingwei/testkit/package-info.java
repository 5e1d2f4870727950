/**
 * Test kit (测试工具): deterministic synthetic cities with ground truth — a seeded generator of clean city datasets
 * and a defect injector that records which issue each injected defect must raise. Public tooling for tests and
 * benchmarks; not part of the library's runtime.
 */
@NullMarked
package io.jingwei.testkit;

import org.jspecify.annotations.NullMarked;
