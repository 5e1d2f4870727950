/**
 * The one masking policy for personal data (个人信息脱敏) in issue arguments, messages, reports and logs.
 * Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.mask;

import org.jspecify.annotations.NullMarked;
