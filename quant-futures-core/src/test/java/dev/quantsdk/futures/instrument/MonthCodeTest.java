package dev.quantsdk.futures.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonthCodeTest {

  // The standard exchange month-code table (CME Group "Month Codes").
  @ParameterizedTest
  @CsvSource({"F,JANUARY", "G,FEBRUARY", "H,MARCH", "J,APRIL", "K,MAY", "M,JUNE", "N,JULY",
      "Q,AUGUST", "U,SEPTEMBER", "V,OCTOBER", "X,NOVEMBER", "Z,DECEMBER"})
  void parse_mapsEachLetter_toItsPublishedMonth(char letter, Month month) {
    assertThat(MonthCode.parse(letter).month()).isEqualTo(month);
    assertThat(MonthCode.of(month).letter()).isEqualTo(letter);
    assertThat(MonthCode.parse(Character.toLowerCase(letter)).month()).isEqualTo(month);
  }

  @ParameterizedTest
  @CsvSource({"A", "I", "L", "1"})
  void parse_refusesLetters_thatAreNoMonthCode(char letter) {
    assertThatThrownBy(() -> MonthCode.parse(letter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FGHJKMNQUVXZ");
  }
}
