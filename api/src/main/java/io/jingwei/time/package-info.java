/**
 * Dates of reduced precision (year, year-month, full date) as 台账 record them. API.
 */
@NullMarked
package io.jingwei.time;

import org.jspecify.annotations.NullMarked;
