package io.jingwei.cli;

import io.jingwei.Jingwei;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jingwei} command (经纬命令): validates datasets, prints statistics, compares two exports, generates
 * synthetic cities, lists
 * the shipped standards, explains rules and prints the JSON Schemas. With no subcommand it runs {@code validate},
 * so {@code jingwei} alone validates the bundled sample city and {@code jingwei DIR --as-of …} validates a
 * dataset.
 */
@Command(
    name = "jingwei",
    mixinStandardHelpOptions = true,
    versionProvider = JingweiCommand.Version.class,
    description = {
      "Jingwei (经纬): validation, statistics and reports for grassroots Party-organization data.",
      "Without a subcommand, runs `validate` (on the bundled sample city when no PATH is given)."
    },
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success; for validate: no issue at or above --fail-on; for diff: no significant drift",
      "1:validate: issues at or above --fail-on (default: error); diff: significant drift",
      "2:usage error, unreadable input or unwritable output (dataset, standard file, output file; generate:"
          + " a non-empty OUT without --force)",
      "3:internal error (a bug; please report it)"
    })
public final class JingweiCommand implements Callable<Integer> {

  /** Exit status: nothing at or above the threshold. */
  public static final int OK = 0;

  /** Exit status: issues at or above the threshold. */
  public static final int ISSUES = 1;

  /** Exit status: a usage error or unreadable input. */
  public static final int USAGE = 2;

  /** Exit status: an internal error. */
  public static final int INTERNAL = 3;

  /** Kept so that the logger (and its level) is not garbage-collected. */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  private static final Set<String> SUBCOMMANDS =
      Set.of(
          "validate", "stats", "diff", "generate", "profiles", "explain", "schema", "template", "help");

  private JingweiCommand() {}

  /** The subcommands that validate a dataset: the engine is warmed up beside their start (see {@link #main}). */
  static final Set<String> VALIDATING = Set.of("validate", "stats", "diff");

  /**
   * Runs the command and exits with its status. A validating subcommand first starts the engine's warm-up
   * ({@link Jingwei#warmUp()}: the JSON mapper, the field constraints, the standards, the readers) on a daemon
   * thread, so that it runs on
   * the second core while this thread parses the options and reads the dataset ({@code -Djingwei.warmUp=false}
   * turns it off, for a benchmark of its effect).
   */
  public static void main(String[] args) {
    if (VALIDATING.contains(withDefaultSubcommand(args)[0])
        && Boolean.parseBoolean(System.getProperty("jingwei.warmUp", "true"))) {
      Thread warmUp = new Thread(Jingwei::warmUp, "jingwei-warm-up");
      warmUp.setDaemon(true);
      warmUp.start();
    }
    System.exit(run(CliContext.system(), args));
  }

  /**
   * Runs the command in the context and returns the exit status (testable without exiting): with no
   * subcommand, {@code validate} with the arguments given.
   */
  public static int run(CliContext context, String... args) {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING); // its version line is INFO on java.util.logging
    CommandLine cli = commandLine(context);
    return cli.execute(withDefaultSubcommand(args));
  }

  /** The command line of the context: the subcommands, the output streams and the error handlers. */
  static CommandLine commandLine(CliContext context) {
    CommandLine cli = new CommandLine(new JingweiCommand());
    cli.addSubcommand(new ValidateCommand(context));
    cli.addSubcommand(new StatsCommand(context));
    cli.addSubcommand(new DiffCommand(context));
    cli.addSubcommand(new GenerateCommand(context));
    cli.addSubcommand(new ProfilesCommand(context));
    cli.addSubcommand(new ExplainCommand(context));
    cli.addSubcommand(new SchemaCommand(context));
    cli.addSubcommand(new TemplateCommand(context));
    cli.addSubcommand(new CommandLine.HelpCommand());
    cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException) {
            commandLine.getErr().println("jingwei: " + e.getMessage());
            return USAGE;
          }
          commandLine.getErr().println("jingwei: internal error: " + e);
          e.printStackTrace(commandLine.getErr());
          return INTERNAL;
        });
    return cli;
  }

  /** The arguments with {@code validate} in front when they do not start with a subcommand or a help option. */
  static String[] withDefaultSubcommand(String[] args) {
    if (args.length > 0
        && (SUBCOMMANDS.contains(args[0]) || List.of("-h", "--help", "-V", "--version").contains(args[0]))) {
      return args;
    }
    String[] out = new String[args.length + 1];
    out[0] = "validate";
    System.arraycopy(args, 0, out, 1, args.length);
    return Arrays.copyOf(out, out.length);
  }

  /** Not reached: without a subcommand the arguments go to {@code validate}. */
  @Override
  public Integer call() {
    return OK;
  }

  /** The version: the jar's implementation version, or "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = JingweiCommand.class.getPackage().getImplementationVersion();
      return new String[] {"jingwei " + (v == null ? "0.1.0-SNAPSHOT" : v)};
    }
  }
}
