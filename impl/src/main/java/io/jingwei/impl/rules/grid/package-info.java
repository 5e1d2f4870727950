/**
 * Grid rules (网格规则): a Party organization on every grid, grid codes built on the community code, grid workers
 * and households per grid. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.grid;

import org.jspecify.annotations.NullMarked;
