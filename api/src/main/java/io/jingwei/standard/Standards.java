package io.jingwei.standard;

import java.nio.file.Path;
import java.util.List;

/**
 * The registry of standards (标准注册表): the profiles shipped with the engine ({@code national},
 * {@code nanning-2021} …) and a loader for a platform's own profile file. Get it from
 * {@code io.jingwei.Jingwei.standards()}. Implementations are immutable and thread-safe.
 */
public interface Standards {

  /** The names of the shipped standards, in alphabetical order. */
  List<String> names();

  /**
   * The shipped standard with the given name, its parents merged in.
   *
   * @throws IllegalArgumentException when no shipped standard has the name (a programmer error)
   */
  Standard get(String name);

  /** Whether a shipped standard has the given name. */
  boolean contains(String name);

  /**
   * Loads a platform's own profile (自定义标准) from a JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml})
   * file. The profile may extend a shipped standard, or another profile file in the same directory named
   * {@code <parent>.yaml}, {@code <parent>.yml} or {@code <parent>.json}, and override rules by id without
   * repeating the parent; no Java code is needed. The loaded standard is not added to this registry: pass it to
   * {@code Jingwei.validator(Standard, ValidationOptions)}.
   *
   * @throws IllegalArgumentException when the file is not a valid profile (unknown keys, duplicate rule ids, an
   *     unknown parent, an extends cycle …); the message names the file
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  Standard load(Path file);
}
