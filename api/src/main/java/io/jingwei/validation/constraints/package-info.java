/**
 * Bean Validation constraint annotations for Jingwei identifiers; their validators live in jingwei-impl. API.
 */
@NullMarked
package io.jingwei.validation.constraints;

import org.jspecify.annotations.NullMarked;
