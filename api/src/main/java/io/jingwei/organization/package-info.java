/**
 * Party organizations (党组织): types, hierarchy, units, leadership teams and terms, higher approvals and meeting records. API.
 */
@NullMarked
package io.jingwei.organization;

import org.jspecify.annotations.NullMarked;
