package dev.quantsdk.model.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FuturesContractTest {

  private static final double EXACT = 0.0;

  /** Tick values from the exchanges' published contract specifications. */
  @ParameterizedTest(name = "{0}: {1} x {2} = {3} USD per tick")
  @CsvSource({
      "ES, 50.0,   0.25, 12.50",   // CME E-mini S&P 500
      "NQ, 20.0,   0.25, 5.00",    // CME E-mini Nasdaq-100
      "GC, 100.0,  0.10, 10.00",   // COMEX gold
      "ZC, 50.0,   0.25, 12.50"})  // CBOT corn, 5,000 bushels at 1/4 cent
  void tickValue_matchesThePublishedSpecification(String root, double multiplier, double tick, double value) {
    FuturesContract c = new FuturesContract(root, "CME", LocalDate.of(2014, 12, 19), multiplier, tick, "USD");
    assertThat(c.getTickValue()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-12 + EXACT));
  }

  @Test
  void currency_isUpperCased_andMustBeThreeLetters() {
    assertThat(new FuturesContract("ES", "CME", LocalDate.of(2014, 12, 19), 50, 0.25, "usd").getCurrency())
        .isEqualTo("USD");
    assertThatThrownBy(() -> new FuturesContract("ES", "CME", LocalDate.of(2014, 12, 19), 50, 0.25, "US"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 4217");
  }

  @Test
  void margins_maintenanceMayNotExceedInitial() {
    FuturesContract c = new FuturesContract("ES", "CME", LocalDate.of(2014, 12, 19), 50, 0.25, "USD");
    assertThatThrownBy(() -> c.setMargins(4_000, 5_000)).isInstanceOf(IllegalArgumentException.class);
    c.setMargins(5_060, 4_600);
    assertThat(c.getInitialMargin()).hasValue(5_060);
  }
}
