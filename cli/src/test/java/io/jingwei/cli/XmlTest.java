package io.jingwei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {
  @Test
  void escapesMarkupCharacters() {
    assertThat(Xml.escape("<a href='x'>&\"</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void dropsCharactersXmlForbidsAndKeepsPairs() {
    assertThat(Xml.escape("a\u0000b\u0007c\td\uD83D\uDE00e\uD800")).isEqualTo("abc\td\uD83D\uDE00e");
  }

  @Test
  void linksOnlyToHttpUrls() {
    assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
    assertThat(Html.safeUrl("https://example.org/?a=1&b=2")).isEqualTo("https://example.org/?a=1&amp;b=2");
  }
}
