/**
 * AssertJ assertions on city data (数据质量断言): {@code assertThat(dataset).conformsTo("nanning-2021").asOf(date)
 * .hasNoErrors()}, on reports and quality gates, whose failure output lists the top issues with their locations
 * and masked personal data. Public test-support API.
 */
@NullMarked
package io.jingwei.testkit.assertj;

import org.jspecify.annotations.NullMarked;
