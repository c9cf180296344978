package dev.quantsdk.futures.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvBarParserTest {

  private static final int SAMPLES = 200_000;

  private static double parse(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return CsvBarParser.parseDecimal(b, 0, b.length);
  }

  @Test
  void parseDecimal_equalsDoubleParseDouble_onRandomDecimals() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < SAMPLES; i++) {
      int intDigits = random.nextInt(1, 12);
      int fracDigits = random.nextInt(0, 10);
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(4) == 0) {
        sb.append('-');
      }
      for (int k = 0; k < intDigits; k++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      if (fracDigits > 0) {
        sb.append('.');
        for (int k = 0; k < fracDigits; k++) {
          sb.append((char) ('0' + random.nextInt(10)));
        }
      }
      String text = sb.toString();
      assertThat(Double.doubleToLongBits(parse(text)))
          .as(text).isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.1", "934.0", "3013.61", "-0", "+12.5", "1.", "9007199254740993",
      "123456789012345678901", "0.000000000000000000000001", "1e5", "2.5E-3", "117.69999694824219",
      "17.65999984741211", " 42.25 "})
  void parseDecimal_equalsDoubleParseDouble_onEdgeCases(String text) {
    assertThat(Double.doubleToLongBits(parse(text)))
        .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text.trim())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "abc", ".", "-", "1.2.3"})
  void parseDecimal_returnsNaN_forBlankOrNonNumbers(String text) {
    assertThat(parse(text)).isNaN();
  }

  @Test
  void epochDay_equalsLocalDate_overFourCenturies() {
    for (LocalDate d = LocalDate.of(1800, 1, 1); d.getYear() < 2200; d = d.plusDays(1)) {
      assertThat(CsvBarParser.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()))
          .isEqualTo(d.toEpochDay());
    }
  }
}
