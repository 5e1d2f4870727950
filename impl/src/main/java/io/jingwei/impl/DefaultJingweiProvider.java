package io.jingwei.impl;

import io.jingwei.spi.JingweiProvider;

/** The default provider of the engine, registered for {@link java.util.ServiceLoader}. */
public final class DefaultJingweiProvider implements JingweiProvider {
  /** Creates the provider; called by the service loader. */
  public DefaultJingweiProvider() {}

  @Override
  public String name() {
    return "jingwei-impl";
  }
}
