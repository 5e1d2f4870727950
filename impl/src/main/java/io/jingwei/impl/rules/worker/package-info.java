/**
 * The community-worker rules (社区工作者规则) of the record layer: the grade of the 三岗十八级 sequence, overall
 * and within the range of the worker's post. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.worker;

import org.jspecify.annotations.NullMarked;
