package io.jingwei.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the Jingwei repository (仓库根目录) for the bundled sample city: the directory named by JINGWEI_HOME, or the
 * first directory upwards from the working directory that holds both the {@code jingwei} launcher and
 * {@code pom.xml}.
 */
final class RepositoryRoot {

  /** The bundled sample city, relative to the repository root. */
  static final Path SAMPLE_CITY = Path.of("examples", "data", "sample-city");

  private RepositoryRoot() {}

  /** The repository root, if one is found. */
  static Optional<Path> find(CliContext context) {
    String home = context.env().get("JINGWEI_HOME");
    if (home != null && !home.isBlank()) {
      Path p = context.resolve(Path.of(home));
      return isRoot(p) || Files.isDirectory(p.resolve(SAMPLE_CITY)) ? Optional.of(p) : Optional.empty();
    }
    for (Path p = context.workingDirectory(); p != null; p = p.getParent()) {
      if (isRoot(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The bundled sample city, if the repository is found and holds it. */
  static Optional<Path> sampleCity(CliContext context) {
    return find(context).map(root -> root.resolve(SAMPLE_CITY)).filter(Files::isDirectory);
  }

  private static boolean isRoot(Path p) {
    return Files.isRegularFile(p.resolve("jingwei")) && Files.isRegularFile(p.resolve("pom.xml"));
  }
}
