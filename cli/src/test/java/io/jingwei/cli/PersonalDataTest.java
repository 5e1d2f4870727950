package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jingwei.cli.Runs.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No output format prints a full ID number or phone number of the sample city. */
class PersonalDataTest {

  private static final List<String> SECRETS = new ArrayList<>();

  @BeforeAll
  static void readSecrets() throws IOException {
    Pattern p = Pattern.compile("\"(idNumber|phone|mobile|contactPhone)\"\\s*:\\s*\"([^\"]+)\"");
    try (var files = Files.list(Runs.sampleCity())) {
      for (var file : files.toList()) {
        Matcher m = p.matcher(Files.readString(file));
        while (m.find()) {
          String digits = m.group(2).replaceAll("[^0-9Xx]", "");
          if (digits.length() >= 11) {
            SECRETS.add(digits);
          }
        }
      }
    }
    assertThat(SECRETS).hasSizeGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate --format text --max-issues 100000",
        "validate --format json",
        "validate --format html",
        "validate --format junit",
        "validate --format junit --fail-on never",
        "stats --format text",
        "stats --format json",
        "stats --format html"
      })
  @DisplayName("任何输出格式都不含完整的身份证号或手机号")
  void noFullIdOrPhoneInOutput(String args) {
    Result r = Runs.run(args.split(" "));
    String all = (r.out() + r.err()).replaceAll("[^0-9Xx]", " ");
    for (String secret : SECRETS) {
      assertThat(all).as("output of %s", args).doesNotContain(secret);
    }
  }
}
