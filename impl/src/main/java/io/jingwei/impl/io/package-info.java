/**
 * Reading and writing datasets on disk (数据集读写): streaming JSON Lines readers that locate every record by
 * file and line and report unreadable input as issues, the dataset directory and single-document forms, and
 * their writers. Implementation, not API.
 */
@NullMarked
package io.jingwei.impl.io;

import org.jspecify.annotations.NullMarked;
