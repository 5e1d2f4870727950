package io.jingwei;

import io.jingwei.spi.JingweiProvider;
import java.util.ServiceLoader;

/** Jingwei (经纬): the static entry point to the engine. */
public final class Jingwei {
  private Jingwei() {}

  /**
   * The engine provider found on the class path.
   *
   * @throws IllegalStateException when jingwei-impl is missing, naming the artifact to add
   */
  public static JingweiProvider provider() {
    return ServiceLoader.load(JingweiProvider.class, Jingwei.class.getClassLoader())
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No Jingwei engine on the class path: add the artifact io.jingwei:jingwei-impl"));
  }
}
