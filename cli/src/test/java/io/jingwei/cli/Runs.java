package io.jingwei.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command with captured streams (测试辅助). */
final class Runs {
  private Runs() {}

  /** The outcome of a run: exit status, stdout and stderr. */
  record Result(int status, String out, String err) {}

  /** Runs in the module directory (inside the repository, so the sample city is found), no terminal. */
  static Result run(String... args) {
    return runIn(Path.of("").toAbsolutePath(), Map.of(), args);
  }

  static Result runIn(Path dir, Map<String, String> env, String... args) {
    return runIn(dir, env, false, args);
  }

  /** Runs as on an interactive terminal (colour off: NO_COLOR), where notes and progress go to stderr. */
  static Result runOnTerminal(String... args) {
    return runIn(Path.of("").toAbsolutePath(), Map.of("NO_COLOR", "1"), true, args);
  }

  private static Result runIn(Path dir, Map<String, String> env, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    int status = JingweiCommand.run(new CliContext(o, e, env, dir, terminal), args);
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The repository root. */
  static Path root() {
    return RepositoryRoot.find(new CliContext(System.out, System.err, Map.of(), Path.of("").toAbsolutePath(), false))
        .orElseThrow();
  }

  static Path sampleCity() {
    return root().resolve(RepositoryRoot.SAMPLE_CITY);
  }
}
