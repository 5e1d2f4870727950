/**
 * The person rules (人员规则) of the record layer: what a resident ID number says about its holder (birth date,
 * sex) against the recorded fields, for Party members and community workers alike. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.rules.person;

import org.jspecify.annotations.NullMarked;
