/**
 * Duplicate rules (重复规则): ids, resident ID numbers and codes that must be unique within one kind of record.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.duplicate;

import org.jspecify.annotations.NullMarked;
