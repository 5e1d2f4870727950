package io.jingwei.impl.io;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Record component accessors as functions (访问器函数): a function made by {@link LambdaMetafactory} costs far less
 * per call than a reflective {@link Method#invoke}, and the readers and the metrics read components of every
 * record. Implementation detail, not API.
 */
public final class Accessors {

  private Accessors() {}

  /**
   * The functions made so far, by the accessor's class: a function is a class of its own (spun by the metafactory),
   * made once per accessor rather than once per validation. A {@link ClassValue} does not keep a class from being
   * unloaded.
   */
  private static final ClassValue<Map<Method, Optional<Function<Object, @Nullable Object>>>> MADE =
      new ClassValue<>() {
        @Override
        protected Map<Method, Optional<Function<Object, @Nullable Object>>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  /**
   * The accessor (a public method of no argument) as a function of its receiver, or null when one cannot be made
   * (an accessor this module cannot see): the caller then calls it reflectively.
   */
  public static @Nullable Function<Object, @Nullable Object> function(Method accessor) {
    return MADE.get(accessor.getDeclaringClass())
        .computeIfAbsent(accessor, a -> Optional.ofNullable(make(a)))
        .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Function<Object, @Nullable Object> make(Method accessor) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle handle = lookup.unreflect(accessor);
      return (Function<Object, @Nullable Object>)
          LambdaMetafactory.metafactory(
                  lookup,
                  "apply",
                  MethodType.methodType(Function.class),
                  MethodType.methodType(Object.class, Object.class),
                  handle,
                  handle.type().wrap())
              .getTarget()
              .invoke();
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      return null;
    }
  }
}
