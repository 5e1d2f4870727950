package io.jingwei.standard;

/** A standard (标准). PLACEHOLDER: replaced by the work that owns this package. */
public interface Standard { }
