/**
 * Structure rules (结构规则) over the whole city: the organization hierarchy (cycles, parent types, divisions),
 * member counts of branches, general branches and grassroots committees, branch committees, temporary branches and
 * elections; and the helpers the reference, duplicate, division and grid checks share. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.structure;

import org.jspecify.annotations.NullMarked;
