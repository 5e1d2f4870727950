/**
 * Reference rules (引用规则): every id a record holds must name a record of the dataset, of the right kind.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.reference;

import org.jspecify.annotations.NullMarked;
