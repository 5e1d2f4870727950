/**
 * Administrative divisions (行政区划): GB/T 2260 and statistical division codes, divisions from city to community, and residential compounds (居民小区). API.
 */
@NullMarked
package io.jingwei.division;

import org.jspecify.annotations.NullMarked;
