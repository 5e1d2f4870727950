/**
 * Party-and-masses service centres (党群服务中心): levels, rooms, signs and the 六有 checklist. API.
 */
@NullMarked
package io.jingwei.servicecenter;

import org.jspecify.annotations.NullMarked;
