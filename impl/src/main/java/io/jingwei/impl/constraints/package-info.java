/**
 * Bean Validation constraint validators for the identifier constraints of {@code io.jingwei.validation.constraints},
 * registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.constraints;

import org.jspecify.annotations.NullMarked;
