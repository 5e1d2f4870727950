/**
 * The JSON Schemas of the wire format (数据格式模式): the generator of one schema per entity kind, the manifest
 * and the single-document form, and of the property tables of {@code docs/data-format.md}, from the record types.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.schema;

import org.jspecify.annotations.NullMarked;
