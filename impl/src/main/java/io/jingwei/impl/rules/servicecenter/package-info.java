/**
 * The service-centre rules (党群服务中心规则) of the record layer: floor area by level, per household and for new
 * compounds, and the rooms, signs and "six haves" a centre of some levels must have. Levels and thresholds come from
 * the profile. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.servicecenter;

import org.jspecify.annotations.NullMarked;
