/**
 * Messages (消息) of issues: the bundles keyed by issue code, Chinese by default and English, and the named
 * placeholder formatter. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.i18n;

import org.jspecify.annotations.NullMarked;
