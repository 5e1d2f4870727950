/**
 * Party members (党员): status, Party standing, the recruitment timeline, organizational relationship and mobility. API.
 */
@NullMarked
package io.jingwei.member;

import org.jspecify.annotations.NullMarked;
