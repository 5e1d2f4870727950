/** Benchmarks of streaming validation (基准测试): JMH benchmarks and the whole-process benchmark (never deployed). */
@NullMarked
package io.jingwei.benchmarks;

import org.jspecify.annotations.NullMarked;
