/**
 * Standards (标准): versioned rule profiles and their rule definitions. API.
 */
@NullMarked
package io.jingwei.standard;

import org.jspecify.annotations.NullMarked;
