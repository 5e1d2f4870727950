/**
 * The meeting rules (会议规则) of the record layer: meetings held on fixed days, such as Nanning's 逢四说事.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.meeting;

import org.jspecify.annotations.NullMarked;
