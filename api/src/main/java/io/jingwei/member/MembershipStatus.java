package io.jingwei.member;

/** Membership status (党员类别). PLACEHOLDER: replaced by the work that owns this package. */
public enum MembershipStatus { FULL }
