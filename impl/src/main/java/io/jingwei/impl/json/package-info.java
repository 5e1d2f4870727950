/**
 * The JSON wire format (JSON 线路格式): the Jackson module for Jingwei's value types and the factory of
 * hardened mappers. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.json;

import org.jspecify.annotations.NullMarked;
