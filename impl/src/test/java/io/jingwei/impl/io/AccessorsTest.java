package io.jingwei.impl.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessorsTest {

  /** A record of this test. */
  public record Pair(String left, int right) {}

  @Test
  @DisplayName("访问器函数：读出分量值；同一访问器只生成一次（不随每次校验重新生成类）")
  void anAccessorIsMadeOnceAndReadsTheComponent() throws NoSuchMethodException {
    Method left = Pair.class.getMethod("left");
    Method right = Pair.class.getMethod("right");
    Function<Object, @Nullable Object> f = Accessors.function(left);
    assertThat(f).isNotNull();
    assertThat(f.apply(new Pair("a", 1))).isEqualTo("a");
    assertThat(Accessors.function(left)).isSameAs(f);
    assertThat(Accessors.function(Pair.class.getMethod("left"))).isSameAs(f); // an equal Method object
    Function<Object, @Nullable Object> g = Accessors.function(right);
    assertThat(g).isNotSameAs(f);
    assertThat(g.apply(new Pair("b", 2))).isEqualTo(2);
  }

  @Test
  @DisplayName("无法生成访问器时返回 null（调用方改用反射），并记住这一结论")
  void anAccessorThatCannotBeMadeGivesNullEveryTime() throws ReflectiveOperationException {
    // a public method of a class that java.base does not export: no lookup here can unreflect it
    Method size = Class.forName("java.util.ImmutableCollections$ListN").getMethod("size");
    assertThat(Accessors.function(size)).isNull();
    assertThat(Accessors.function(size)).isNull();
  }
}
