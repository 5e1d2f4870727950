package io.jingwei.impl.engine;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry of checks by name (检查注册表): what a rule's {@code check} key refers to. Immutable and
 * thread-safe. {@link #builtIn()} holds the engine's checks ({@link BuiltInChecks}); tests build their own.
 */
public final class CheckRegistry {

  private final Map<String, Check> checks;

  private CheckRegistry(Map<String, Check> checks) {
    this.checks = Collections.unmodifiableMap(new TreeMap<>(checks));
  }

  /** The engine's built-in checks. */
  public static CheckRegistry builtIn() {
    return BuiltInHolder.BUILT_IN;
  }

  /** A registry of the given checks. */
  public static CheckRegistry of(Check... checks) {
    Builder b = builder();
    for (Check c : checks) {
      b.add(c);
    }
    return b.build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The check with the name, if registered. */
  public Optional<Check> find(String name) {
    return Optional.ofNullable(checks.get(Objects.requireNonNull(name, "name")));
  }

  /** The names of the registered checks, in order. */
  public SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(checks.keySet()));
  }

  /** This registry with more checks. */
  public CheckRegistry with(Check... more) {
    Builder b = builder();
    checks.values().forEach(b::add);
    for (Check c : more) {
      b.add(c);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "CheckRegistry" + checks.keySet();
  }

  /** A builder of a {@link CheckRegistry}. */
  public static final class Builder {
    private final Map<String, Check> checks = new TreeMap<>();

    private Builder() {}

    /**
     * Registers a check.
     *
     * @throws IllegalArgumentException when a check with the same name is registered
     */
    public Builder add(Check check) {
      Objects.requireNonNull(check, "check");
      if (checks.putIfAbsent(check.name(), check) != null) {
        throw new IllegalArgumentException("two checks are named " + check.name());
      }
      return this;
    }

    /** The registry. */
    public CheckRegistry build() {
      return new CheckRegistry(checks);
    }
  }

  private static final class BuiltInHolder {
    static final CheckRegistry BUILT_IN = BuiltInChecks.registry();
  }
}
