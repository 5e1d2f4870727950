package io.jingwei.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a run of the command sees of its surroundings (运行环境): the output and error streams, the environment
 * variables, the working directory and whether the streams are a terminal (for colour and progress).
 *
 * @param out where reports go (stdout)
 * @param err where messages and progress go (stderr)
 * @param env the environment variables (JINGWEI_HOME, NO_COLOR)
 * @param workingDirectory the directory relative paths and the repository search start from
 * @param terminal whether the streams are an interactive terminal: colour on stdout, progress on stderr
 */
public record CliContext(
    PrintStream out, PrintStream err, Map<String, String> env, Path workingDirectory, boolean terminal) {

  /** Checks the parts and copies the environment. */
  public CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** The context of the running process: System.out/err, the real environment, the current directory. */
  public static CliContext system() {
    return new CliContext(
        System.out,
        System.err,
        System.getenv(),
        Path.of("").toAbsolutePath(),
        System.console() != null);
  }

  /** Whether stdout may carry ANSI colour: a terminal and no NO_COLOR variable. */
  public boolean colour() {
    return terminal && !env.containsKey("NO_COLOR");
  }

  /** A path given on the command line, resolved against the working directory. */
  public Path resolve(Path path) {
    return workingDirectory.resolve(path).normalize();
  }
}
