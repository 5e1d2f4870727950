/**
 * Jingwei (经纬): the static entry point to the validation engine and the shipped standards. API.
 */
@NullMarked
package io.jingwei;

import org.jspecify.annotations.NullMarked;
