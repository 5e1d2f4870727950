/**
 * The member rules (党员规则) of the record layer: the recruitment timeline of the 发展党员工作细则 (age, order of
 * the stages, deadlines, introducers, probation and conversion), the member's status against the timeline, the
 * organization and Party group a member belongs to, and follow-up of mobile, unreachable and non-paying members.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.member;

import org.jspecify.annotations.NullMarked;
