package io.jingwei.impl.standard;

import io.jingwei.standard.LocalizedText;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A profile file as written (标准文件), before its parent is merged in.
 *
 * @param origin where it was read from, for error messages
 * @param name the standard's name
 * @param version the standard's version
 * @param parent the name of the standard it extends, if any
 * @param title the title
 * @param rules the rule entries in file order
 */
record ProfileDocument(
    String origin, String name, String version, @Nullable String parent, LocalizedText title, List<RuleSpec> rules) {}
