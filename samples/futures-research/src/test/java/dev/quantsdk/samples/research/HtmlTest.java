package dev.quantsdk.samples.research;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Escaping and the report's number formats. */
class HtmlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain|plain",
      "a < b & c > d|a &lt; b &amp; c &gt; d",
      "say \"hi\" 'there'|say &quot;hi&quot; &#39;there&#39;"})
  void escape_replacesTheFiveSpecialCharacters(String text, String escaped) {
    assertThat(Html.escape(text)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY})
  void formats_printUndefinedNumbersAsNa(double value) {
    assertThat(Html.money(value)).isEqualTo("n/a");
    assertThat(Html.ratio(value)).isEqualTo("n/a");
    assertThat(Html.percent(value)).isEqualTo("n/a");
    assertThat(Html.small(value)).isEqualTo("n/a");
  }

  @ParameterizedTest
  @CsvSource({"195300,'195,300.00',195300.000,19530000.0 %", "-0.5,-0.50,-0.500,-50.0 %"})
  void formats_useLocaleRoot(double value, String money, String ratio, String percent) {
    assertThat(Html.money(value)).isEqualTo(money);
    assertThat(Html.ratio(value)).isEqualTo(ratio);
    assertThat(Html.percent(value)).isEqualTo(percent);
  }
}
