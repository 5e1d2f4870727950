/**
 * The rule engine (规则引擎): checks and their registry, the contexts handed to checks, the issue collector
 * (overrides, approvals, caps, fail-fast, masking, ordering), the validation input and the dataset validator.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.engine;

import org.jspecify.annotations.NullMarked;
