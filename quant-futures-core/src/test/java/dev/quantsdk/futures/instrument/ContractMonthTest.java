package dev.quantsdk.futures.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContractMonthTest {

  @ParameterizedTest
  @CsvSource({"Z2019,2019,12", "H2014,2014,3", "F2020,2020,1"})
  void parse_isTheInverseOfToString(String text, int year, int month) {
    ContractMonth parsed = ContractMonth.parse(text);
    assertThat(parsed).isEqualTo(ContractMonth.of(year, month));
    assertThat(parsed.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Z19", "Z20199", "A2019", "Zabcd", ""})
  void parse_refusesMalformedText(String text) {
    assertThatThrownBy(() -> ContractMonth.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plusMonths_crossesYearBoundaries() {
    assertThat(ContractMonth.of(2013, 12).plusMonths(3)).isEqualTo(ContractMonth.of(2014, 3));
    assertThat(ContractMonth.of(2020, 1).plusMonths(-1)).isEqualTo(new ContractMonth(2019, Month.DECEMBER));
  }

  @Test
  void compareTo_ordersByYearThenMonth() {
    assertThat(ContractMonth.of(2013, 12)).isLessThan(ContractMonth.of(2014, 3));
    assertThat(ContractMonth.of(2014, 3)).isLessThan(ContractMonth.of(2014, 6));
  }
}
