/**
 * Dataset metrics (数据集指标): completeness of fields, coverage of compounds, grids and communities by Party
 * organizations and service centres, and compliance rates per standard item, for the city and per district and
 * street. API.
 */
@NullMarked
package io.jingwei.metrics;

import org.jspecify.annotations.NullMarked;
