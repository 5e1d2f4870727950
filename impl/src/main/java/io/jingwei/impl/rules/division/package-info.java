/**
 * Division-code rules (行政区划代码规则): every division has a code of its level (GB/T 2260, 统计用区划代码) that lies
 * within its parent's code. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.division;

import org.jspecify.annotations.NullMarked;
