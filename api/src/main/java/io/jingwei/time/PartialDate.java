package io.jingwei.time;

/** A date of reduced precision (部分日期). PLACEHOLDER: replaced by the work that owns this package. */
public final class PartialDate { private PartialDate() {} }
