/**
 * Standards as data (标准即数据): the loader of rule profiles in YAML and JSON, the {@code extends} merge, the
 * registry of shipped profiles and the generator of {@code docs/rules.md}. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.standard;

import org.jspecify.annotations.NullMarked;
