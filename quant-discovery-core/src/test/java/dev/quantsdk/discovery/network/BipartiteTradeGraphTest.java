package dev.quantsdk.discovery.network;

import static dev.quantsdk.discovery.network.CoTradingNetworkAnalyzerTest.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.model.TradeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BipartiteTradeGraphTest {

  private static final LocalDate DAY = LocalDate.of(2021, 6, 1);

  @Test
  void fromTrades_keepsOneLinkPerMemberAndTicker_inTheWindow() {
    List<DisclosedTrade> trades = List.of(
        trade("b", "MSFT", DAY, TradeType.PURCHASE),
        trade("b", "MSFT", DAY.plusDays(1), TradeType.SALE_FULL),
        trade("a", "AAPL", DAY, TradeType.PURCHASE),
        trade("a", "MSFT", DAY, TradeType.PURCHASE),
        trade("c", "XOM", DAY.plusDays(40), TradeType.PURCHASE),
        new DisclosedTrade("t", "d", DAY, Optional.empty(), Optional.empty(), TradeType.PURCHASE, Optional.empty()));

    BipartiteTradeGraph graph = BipartiteTradeGraph.fromTrades(trades, DAY, DAY.plusDays(30));

    assertThat(graph.politicians()).containsExactly("a", "b");
    assertThat(graph.tickers()).containsExactly("AAPL", "MSFT");
    assertThat(graph.politicianDegrees()).containsExactly(2, 1);
    assertThat(graph.tickerDegrees()).containsExactly(1, 2);
    assertThat(graph.linkCount()).isEqualTo(3);
    assertThat(graph.tickersOf(0)).containsExactly(0, 1);
    int[][] pairs = graph.sharedPairs();
    assertThat(pairs[0]).containsExactly(0);
    assertThat(pairs[1]).containsExactly(1);
    assertThat(pairs[2]).containsExactly(1);
  }

  @Test
  void ofIndices_rejectsTickerIndicesOutOfRange() {
    assertThatThrownBy(() -> BipartiteTradeGraph.ofIndices(1, 2, new int[][] {{2}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 2)");
  }
}
