/**
 * Community workers (社区工作者, 三岗十八级) and grid workers (网格员). API.
 */
@NullMarked
package io.jingwei.worker;

import org.jspecify.annotations.NullMarked;
