package io.jingwei.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.Jingwei;
import io.jingwei.dataset.CityDataset;
import io.jingwei.validation.Issue;
import io.jingwei.validation.Severity;
import io.jingwei.validation.ValidationOptions;
import io.jingwei.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Clean generated cities raise no ERROR and no WARNING under the Nanning standard as of the generator's date. */
class CleanCityTest {

  static List<String> findings(CityGenerator generator, CityDataset city) {
    ValidationReport report =
        Jingwei.validator(
                ValidationOptions.builder().standard(CityGenerator.STANDARD).asOf(generator.asOf())
                    .maxIssuesPerCode(ValidationOptions.UNLIMITED).build())
            .validate(city);
    return report.issues().stream()
        .filter(i -> i.severity().isAtLeast(Severity.WARNING))
        .map(CleanCityTest::describe)
        .collect(Collectors.toList());
  }

  static String describe(Issue i) {
    return i.code().value() + " " + i.entity() + " " + i.path();
  }

  @Test
  @DisplayName("tiny 预设生成的干净数据没有错误和警告")
  void tinyCityIsClean() {
    CityGenerator generator = CityGenerator.of(CityPreset.tiny(), 1);
    assertThat(findings(generator, generator.generate())).isEmpty();
  }

  @Test
  @DisplayName("按0.05缩小的南宁预设生成的干净数据没有错误和警告")
  void scaledDownNanningIsClean() {
    CityGenerator generator = CityGenerator.of(CityPreset.nanning().scaled(0.05), 20220124);
    assertThat(findings(generator, generator.generate())).isEmpty();
  }

  @Test
  void cleanForOtherSeeds() {
    for (long seed = 2; seed < 12; seed++) {
      CityGenerator generator = CityGenerator.of(CityPreset.tiny(), seed);
      assertThat(findings(generator, generator.generate())).as("seed " + seed).isEmpty();
    }
  }
}
