/**
 * Support for the record-layer checks (记录规则支持): the base class of checks that look at one record at a time,
 * the honest date arithmetic on partial dates, parameter helpers and the dataset lookups some record rules need.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.record;

import org.jspecify.annotations.NullMarked;
