/** The jingwei command (经纬命令行): subcommands and their reports (text, JSON, JUnit XML, HTML); an application, not API. */
@NullMarked
package io.jingwei.cli;

import org.jspecify.annotations.NullMarked;
