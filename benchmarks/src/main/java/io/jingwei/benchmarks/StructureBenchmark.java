package io.jingwei.benchmarks;

import io.jingwei.Jingwei;
import io.jingwei.impl.engine.CityDatasetInput;
import io.jingwei.impl.engine.DefaultDatasetValidator;
import io.jingwei.impl.engine.Layer;
import io.jingwei.impl.engine.ValidationInput;
import io.jingwei.testkit.CityGenerator;
import io.jingwei.testkit.CityPreset;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Structural validation of the {@code nanning} preset after loading (结构校验): the reference and structure layers
 * over the city in memory (120,000 members, 6,764 grids …). Target: at most one second per validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class StructureBenchmark {

  private DefaultDatasetValidator validator;
  private ValidationInput input;

  /** Generates the city and loads it as the validator's input. */
  @Setup
  public void load() {
    CityGenerator generator = CityGenerator.of(CityPreset.nanning(), 1);
    input = CityDatasetInput.of(generator.generate());
    validator =
        (DefaultDatasetValidator)
            Jingwei.validator(
                ValidationOptions.builder().standard(CityGenerator.STANDARD).asOf(generator.asOf()).build());
  }

  /** The structure layer alone. */
  @Benchmark
  public ValidationReport structure() {
    return validator.validate(input, EnumSet.of(Layer.STRUCTURE));
  }

  /** The reference and structure layers (ids, duplicates, counts, hierarchy, grids). */
  @Benchmark
  public ValidationReport referencesAndStructure() {
    return validator.validate(input, EnumSet.of(Layer.REFERENCE, Layer.STRUCTURE));
  }
}
