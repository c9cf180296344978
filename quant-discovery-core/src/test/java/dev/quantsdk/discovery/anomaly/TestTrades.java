package dev.quantsdk.discovery.anomaly;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.util.Optional;

/** Hand-built trades for the feature and detector tests. */
final class TestTrades {

  static final LocalDate DAY0 = LocalDate.of(2021, 1, 4);
  static final AmountBand SMALL = AmountBand.of(1_001, 15_000);
  static final AmountBand LARGE = AmountBand.of(1_000_001, 5_000_000);

  private TestTrades() {
  }

  static DisclosedTrade trade(String id, String member, int day, String ticker, AmountBand amount,
      int lagDays) {
    return trade(id, member, DAY0.plusDays(day), ticker, TradeType.PURCHASE, amount, lagDays);
  }

  static DisclosedTrade trade(String id, String member, LocalDate date, String ticker,
      TradeType type, AmountBand amount, int lagDays) {
    return new DisclosedTrade(id, member, date, Optional.of(date.plusDays(lagDays)),
        Optional.ofNullable(ticker), type, Optional.ofNullable(amount));
  }
}
