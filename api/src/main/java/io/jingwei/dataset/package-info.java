/**
 * The city dataset (城市数据集): the aggregate a validator checks, with lookups by id and code. API.
 */
@NullMarked
package io.jingwei.dataset;

import org.jspecify.annotations.NullMarked;
