/**
 * JUnit 5 support (JUnit 5 扩展): {@code @JingweiDataset} parameter injection of a dataset or its validation report,
 * and {@code JingweiTests.perRule(...)} dynamic tests, one per rule of a standard. Public test-support API.
 */
@NullMarked
package io.jingwei.testkit.junit;

import org.jspecify.annotations.NullMarked;
