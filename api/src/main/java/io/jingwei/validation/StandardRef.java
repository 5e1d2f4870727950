package io.jingwei.validation;

import java.util.Objects;

/**
 * The name and version of the standard (标准) a report was made against, such as {@code nanning-2021}
 * version {@code 2021.1}.
 *
 * @param name the standard's name
 * @param version the standard's version
 */
public record StandardRef(String name, String version) {

  /** Checks that both parts are present and not blank. */
  public StandardRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    if (name.isBlank() || version.isBlank()) {
      throw new IllegalArgumentException("name and version must not be blank");
    }
  }

  /** The reference with the given name and version. */
  public static StandardRef of(String name, String version) {
    return new StandardRef(name, version);
  }

  /** {@code national@2024.1}. */
  @Override
  public String toString() {
    return name + "@" + version;
  }
}
