package io.jingwei.servicecenter;

/** A service centre's level (级别). PLACEHOLDER: replaced by the work that owns this package. */
public enum CenterLevel { COMMUNITY }
