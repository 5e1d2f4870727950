package io.jingwei.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a dataset (注入数据集) into a test method or constructor parameter of type
 * {@link io.jingwei.dataset.CityDataset}, {@link io.jingwei.validation.ValidationReport} (the dataset validated) or
 * {@link java.nio.file.Path} (the dataset's resolved path). The annotation registers its extension itself.
 *
 * <pre>{@code
 * @Test
 * void monthlyExportHasNoErrors(
 *     @JingweiDataset(value = "data/2026-06", standard = "nanning-2021", asOf = "2026-06-30")
 *         ValidationReport report) {
 *   assertThatReport(report).hasNoErrors();
 * }
 * }</pre>
 *
 * <p>The path is resolved against the working directory (the module's directory under Maven), else as a class-path
 * resource on the file system. Each dataset is read and validated once per test run (per path, standard and date)
 * and shared by every test that asks for it. A report's issues have personal data masked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(JingweiDatasetExtension.class)
public @interface JingweiDataset {

  /** The dataset: a directory ({@code dataset.json} and {@code *.jsonl}) or a single JSON document. */
  String value();

  /**
   * The standard to validate against: a shipped name ({@code nanning-2021}) or a profile file ({@code .yaml},
   * {@code .yml}, {@code .json}); empty for the one the dataset's {@code dataset.json} names, else {@code national}.
   */
  String standard() default "";

  /** The as-of date (基准日期) as ISO text ({@code 2026-06-30}); empty for the dataset's extraction date, else today. */
  String asOf() default "";
}
