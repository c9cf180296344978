package dev.quantsdk.discovery.network;

import static dev.quantsdk.discovery.network.CoTradingNetworkAnalyzerTest.trade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatedTradingTest {

  // 2021-03-01 is a Monday
  private static final LocalDate MONDAY = LocalDate.of(2021, 3, 1);

  @Test
  void pairs_countsDistinctTickerWeeks_andSameDirection() {
    List<DisclosedTrade> trades = List.of(
        trade("a", "AAPL", MONDAY, TradeType.PURCHASE),
        trade("b", "AAPL", MONDAY.plusDays(6), TradeType.SALE_FULL), // Sunday, same week, other direction
        trade("a", "MSFT", MONDAY.plusDays(2), TradeType.SALE_PARTIAL),
        trade("b", "MSFT", MONDAY.plusDays(3), TradeType.SALE_FULL), // both sold
        trade("b", "MSFT", MONDAY.plusDays(4), TradeType.SALE_FULL), // same ticker-week again: counted once
        trade("a", "XOM", MONDAY.plusDays(6), TradeType.PURCHASE),
        trade("b", "XOM", MONDAY.plusDays(7), TradeType.PURCHASE), // next week: not coordinated
        trade("c", "AAPL", MONDAY.plusDays(1), TradeType.PURCHASE));

    List<CoordinatedTrading.Pair> pairs =
        CoordinatedTrading.pairs(trades, MONDAY, MONDAY.plusDays(30), 1);

    assertThat(pairs).containsExactly(
        new CoordinatedTrading.Pair("a", "b", 2, 1),
        new CoordinatedTrading.Pair("a", "c", 1, 1),
        new CoordinatedTrading.Pair("b", "c", 1, 0));
  }

  @Test
  void pairs_ignoresTradesOutsideTheWindow_andBelowTheMinimum() {
    List<DisclosedTrade> trades = List.of(
        trade("a", "AAPL", MONDAY, TradeType.PURCHASE),
        trade("b", "AAPL", MONDAY, TradeType.PURCHASE),
        trade("a", "MSFT", MONDAY.minusDays(7), TradeType.PURCHASE),
        trade("b", "MSFT", MONDAY.minusDays(7), TradeType.PURCHASE));

    assertThat(CoordinatedTrading.pairs(trades, MONDAY, MONDAY, 1)).containsExactly(
        new CoordinatedTrading.Pair("a", "b", 1, 1));
    assertThat(CoordinatedTrading.pairs(trades, MONDAY, MONDAY, 2)).isEmpty();
  }
}
