package io.jingwei.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.dataset.CityDataset;
import io.jingwei.ref.EntityKind;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model's records return their fields from their accessors (模型访问器): the engine's field-constraint shortcut
 * reads values through the accessors where Bean Validation reads the fields, so an accessor that returned anything
 * else (a default for null, a converted value) would let the two disagree. Checked on every record of a generated
 * city, and every record within it, component by component.
 */
class ModelAccessorsTest {

  @Test
  @DisplayName("模型每个 record 的访问器返回的就是其字段（字段约束捷径与 Bean Validation 读到同一值）")
  void everyAccessorReturnsItsField() throws ReflectiveOperationException {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 1);
    CityDataset city = DefectInjector.of(1).inject(generator.generate(), generator.asOf(), 1.0).dataset();
    Deque<Object> todo = new ArrayDeque<>();
    for (EntityKind kind : EntityKind.values()) {
      todo.addAll(city.records(kind));
    }
    Set<Class<?>> classes = new HashSet<>();
    long components = 0;
    while (!todo.isEmpty()) {
      Object record = todo.poll();
      if (!record.getClass().isRecord() || !record.getClass().getPackageName().startsWith("io.jingwei.")) {
        continue;
      }
      classes.add(record.getClass());
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        Field field = record.getClass().getDeclaredField(c.getName());
        field.setAccessible(true);
        Object viaField = field.get(record);
        Object viaAccessor = c.getAccessor().invoke(record);
        String at = record.getClass().getSimpleName() + "." + c.getName();
        if (c.getType().isPrimitive()) {
          assertThat(viaAccessor).as(at).isEqualTo(viaField); // each boxed anew by reflection
        } else {
          assertThat(viaAccessor).as(at).isSameAs(viaField);
        }
        components++;
        if (viaField instanceof Collection<?> values) {
          values.stream().filter(v -> v != null).forEach(todo::add);
        } else if (viaField instanceof Optional<?> value) {
          value.ifPresent(todo::add);
        } else if (viaField != null) {
          todo.add(viaField);
        }
      }
    }
    assertThat(classes).hasSizeGreaterThan(15);
    assertThat(components).isGreaterThan(10_000);
  }
}
