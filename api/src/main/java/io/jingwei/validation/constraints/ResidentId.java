package io.jingwei.validation.constraints;

/** A resident ID constraint. PLACEHOLDER: replaced by the work that owns this package. */
public @interface ResidentId { }
