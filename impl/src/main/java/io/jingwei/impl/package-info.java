/** The engine's entry: the provider found by ServiceLoader. Implementation, not API. */
@NullMarked
package io.jingwei.impl;

import org.jspecify.annotations.NullMarked;
