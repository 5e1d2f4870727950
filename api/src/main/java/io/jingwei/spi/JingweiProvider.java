package io.jingwei.spi;

/**
 * The provider of Jingwei's engine (引擎提供者), found with {@link java.util.ServiceLoader}; jingwei-impl
 * implements it. Platforms do not implement it.
 */
public interface JingweiProvider {
  /** A short name of this provider, for diagnostics. */
  String name();
}
