package dev.quantsdk.discovery.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceSeriesTest {

  private static final LocalDate MON = LocalDate.of(2022, 3, 7);

  @Test
  void indexOnOrAfter_findsTheNextTradingDay() {
    PriceSeries s = PriceSeries.of("X", new LocalDate[] {MON, MON.plusDays(1), MON.plusDays(7)},
        new double[] {1, 2, 3});

    assertThat(s.indexOnOrAfter(MON.minusDays(3))).isZero();
    assertThat(s.indexOnOrAfter(MON.plusDays(1))).isEqualTo(1);
    assertThat(s.indexOnOrAfter(MON.plusDays(2))).isEqualTo(2);
    assertThat(s.indexOnOrAfter(MON.plusDays(8))).isEqualTo(3);
    assertThat(s.close(2)).isEqualTo(3.0);
    assertThat(s.date(2)).isEqualTo(MON.plusDays(7));
  }

  @Test
  void of_rejectsUnorderedDatesAndNonPositiveCloses() {
    assertThatThrownBy(() -> PriceSeries.of("X", new LocalDate[] {MON, MON}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after");
    assertThatThrownBy(() -> PriceSeries.of("X", new LocalDate[] {MON}, new double[] {0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("> 0");
    assertThatThrownBy(() -> PriceSeries.of("X", new LocalDate[] {MON}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 dates but 2");
  }

  @Test
  void marketPrices_looksTickersUpCaseInsensitively_andRejectsLowerCaseKeys() {
    PriceSeries s = PriceSeries.of("AAPL", new LocalDate[] {MON}, new double[] {1});
    MarketPrices prices = new MarketPrices(Map.of("AAPL", s), s);

    assertThat(prices.stock("aapl")).contains(s);
    assertThat(prices.stock("MSFT")).isEmpty();
    assertThatThrownBy(() -> new MarketPrices(Map.of("aapl", s), s))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper case");
  }
}
