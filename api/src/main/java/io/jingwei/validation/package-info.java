/**
 * Validation issues, reports and the dataset validator. API.
 */
@NullMarked
package io.jingwei.validation;

import org.jspecify.annotations.NullMarked;
