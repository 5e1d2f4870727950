/**
 * Governance grids (网格) and their codes. API.
 */
@NullMarked
package io.jingwei.grid;

import org.jspecify.annotations.NullMarked;
