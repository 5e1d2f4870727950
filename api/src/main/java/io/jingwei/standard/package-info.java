/**
 * Standards (标准): versioned rule profiles, their rule definitions, sources and examples, and the registry of
 * shipped profiles. API.
 */
@NullMarked
package io.jingwei.standard;

import org.jspecify.annotations.NullMarked;
