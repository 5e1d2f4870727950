/**
 * Personal data (个人信息): the marker that identifiers and names carry so that messages, reports and logs
 * mask them. API. The package depends on nothing, so every model package may use it without cycles.
 */
@NullMarked
package io.jingwei.privacy;

import org.jspecify.annotations.NullMarked;
