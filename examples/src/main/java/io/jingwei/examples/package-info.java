/** Small runnable programs that show how to embed Jingwei; each is a main() that a test runs. */
@NullMarked
package io.jingwei.examples;

import org.jspecify.annotations.NullMarked;
