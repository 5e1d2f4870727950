/**
 * The organization rules of the record layer (党组织记录规则): one organization at a time — its leadership team
 * (elected officers are full members, a secretary's Party standing, the term and its end) and its dates. The rules
 * over the whole hierarchy live with the structure layer. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.organization;

import org.jspecify.annotations.NullMarked;
