package io.jingwei.impl.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintValidator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ValidatorRegistrationTest {

  @Test
  void serviceLoaderFindsEveryIdentifierValidator() {
    assertThat(
            ServiceLoader.load(ConstraintValidator.class).stream()
                .map(ServiceLoader.Provider::type)
                .filter(type -> type.getPackageName().equals("io.jingwei.impl.constraints")))
        .containsExactlyInAnyOrder(
            ResidentIdValidator.class,
            SocialCreditCodeValidator.class,
            MobileValidator.class,
            DivisionCodeValidator.class,
            GridCodeValidator.class);
  }
}
