package io.jingwei.impl.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.validation.constraints.Mobile;
import io.jingwei.validation.constraints.ResidentId;
import io.jingwei.validation.constraints.SocialCreditCode;
import io.jingwei.validation.constraints.ValidDivisionCode;
import io.jingwei.validation.constraints.ValidGridCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContributorValidationMessagesTest {

  private static final List<Class<? extends Annotation>> CONSTRAINTS =
      List.of(ResidentId.class, SocialCreditCode.class, Mobile.class, ValidDivisionCode.class, ValidGridCode.class);

  @ParameterizedTest
  @ValueSource(strings = {"", "_zh", "_en"})
  void everyConstraintHasItsDefaultMessageInEveryBundle(String suffix) throws Exception {
    Properties bundle = load(suffix);

    for (Class<? extends Annotation> constraint : CONSTRAINTS) {
      String template = (String) constraint.getDeclaredMethod("message").getDefaultValue();
      assertThat(template).startsWith("{").endsWith("}");
      String key = template.substring(1, template.length() - 1);
      assertThat(key).isEqualTo(constraint.getName() + ".message");
      assertThat(bundle.getProperty(key)).as("%s in bundle '%s'", key, suffix).isNotBlank();
    }
    assertThat(bundle.stringPropertyNames()).hasSameSizeAs(CONSTRAINTS);
  }

  @Test
  void chineseBundleRepeatsTheBaseBundle() throws IOException {
    assertThat(load("_zh")).isEqualTo(load(""));
  }

  @Test
  void englishBundleHasTheSameKeysAndOtherText() throws IOException {
    Properties base = load("");
    Properties en = load("_en");

    assertThat(en.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
    for (String key : base.stringPropertyNames()) {
      assertThat(en.getProperty(key)).as(key).isNotEqualTo(base.getProperty(key));
    }
  }

  private static Properties load(String suffix) throws IOException {
    String name = "/ContributorValidationMessages" + suffix + ".properties";
    try (InputStream in = ContributorValidationMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    }
  }
}
