package io.jingwei.organization;

/** A type of Party organization (党组织类别). PLACEHOLDER: replaced by the work that owns this package. */
public enum OrganizationType { BRANCH }
