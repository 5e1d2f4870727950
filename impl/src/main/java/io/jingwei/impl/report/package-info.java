/**
 * Reports (报告) in machine-readable form: the JSON writer of validation reports and its JSON Schema.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.report;

import org.jspecify.annotations.NullMarked;
