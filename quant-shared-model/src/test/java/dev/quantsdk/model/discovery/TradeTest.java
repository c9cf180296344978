package dev.quantsdk.model.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.Chamber;
import dev.quantsdk.model.TradeType;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TradeTest {

  private static final Instant T0 = Instant.parse("2022-07-07T12:00:00Z");
  private static final Politician MEMBER = new Politician("Member", Chamber.HOUSE, "HOUSE|member", T0);

  /**
   * Rows of samples/data/congress/house_transactions_2020_2022.csv (line number, representative,
   * ticker); the lags were computed independently with python3 (disclosure date minus transaction
   * date in days).
   */
  @ParameterizedTest(name = "line {0}: {1} {2} traded {3}, disclosed {4}")
  @CsvSource({
      "2,   Virginia Foxx, BP,   2021-09-27, 2021-10-04, 7,  false, false",
      "24,  Susie Lee,     BHC,  2020-02-24, 2020-04-28, 64, true,  false",
      "25,  Susie Lee,     BAH,  2020-03-06, 2020-04-28, 53, true,  false",
      "243, Lois Frankel,  GS,   2021-04-24, 2021-04-23, -1, false, true",
      "445, Pete Sessions, AAPL, 2022-02-23, 2022-02-18, -5, false, true"})
  void setDisclosureDate_derivesLagAndFlags_forRealHouseRows(int line, String member, String ticker,
      LocalDate traded, LocalDate disclosed, int lagDays, boolean late, boolean tradedAfter) {
    Trade trade = new Trade(MEMBER, traded, TradeType.PURCHASE, "house", "nk-" + line, T0);
    trade.setTicker(ticker);
    trade.setDisclosureDate(disclosed);
    assertThat(trade.getDisclosureLagDays()).hasValue(lagDays);
    assertThat(trade.isLateFiling()).isEqualTo(late);
    assertThat(trade.isTradedAfterDisclosure()).isEqualTo(tradedAfter);
  }

  @Test
  void lateFiling_startsAfterTheFortyFifthDay() {
    Trade trade = new Trade(MEMBER, LocalDate.of(2021, 1, 1), TradeType.SALE_FULL, "house", "nk", T0);
    trade.setDisclosureDate(LocalDate.of(2021, 1, 1).plusDays(Trade.LATE_FILING_DAYS));
    assertThat(trade.isLateFiling()).isFalse();
    trade.setDisclosureDate(LocalDate.of(2021, 1, 1).plusDays(Trade.LATE_FILING_DAYS + 1));
    assertThat(trade.isLateFiling()).isTrue();
    trade.setDisclosureDate(null);
    assertThat(trade.getDisclosureLagDays()).isEmpty();
    assertThat(trade.isLateFiling()).isFalse();
  }

  @Test
  void amountBand_roundTripsOpenEndedBands() {
    Trade trade = new Trade(MEMBER, LocalDate.of(2021, 1, 1), TradeType.PURCHASE, "house", "nk", T0);
    assertThat(trade.getAmountBand()).isEmpty();
    trade.setAmount(AmountBand.openEnded(1_000_001), "$1,000,001 +");
    assertThat(trade.getAmountBand()).contains(AmountBand.openEnded(1_000_001));
    trade.setAmount(AmountBand.of(1_001, 15_000), "$1,001 - $15,000");
    assertThat(trade.getAmountBand()).contains(AmountBand.of(1_001, 15_000));
    assertThat(trade.getAmountRaw()).contains("$1,001 - $15,000");
  }

  @Test
  void rejectsTextsLongerThanTheirColumns() {
    Trade trade = new Trade(MEMBER, LocalDate.of(2021, 1, 1), TradeType.PURCHASE, "house", "nk", T0);
    assertThatThrownBy(() -> trade.setTicker("X".repeat(21)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ticker must be at most 20 characters but has 21");
    assertThatThrownBy(() -> new Trade(MEMBER, LocalDate.of(2021, 1, 1), TradeType.PURCHASE, "house",
        "k".repeat(81), T0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("naturalKey");
  }
}
