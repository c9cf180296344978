package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostModelTest {

  @ParameterizedTest(name = "{0} {1} on tick {2} -> {3}")
  @CsvSource({
      "BUY, 102.1, 0.25, 102.25",
      "SELL, 102.1, 0.25, 102.0",
      "BUY, 102.0, 0.25, 102.0",
      "SELL, 102.0, 0.25, 102.0",
      // CL's 0.01 tick: 71.234 -> 71.24 for a buy, 71.23 for a sell
      "BUY, 71.234, 0.01, 71.24",
      "SELL, 71.234, 0.01, 71.23",
      // a price within float noise of the grid stays as it is
      "BUY, 71.23, 0.01, 71.23",
  })
  void roundToTick_movesAgainstTheTrader(Side side, double price, double tick, double expected) {
    assertThat(CostModel.roundToTick(price, tick, side)).isEqualTo(expected);
  }

  @Test
  void marketFillPrice_roundsThenSlipsAndCommissionIsPerContract() {
    CostModel costs = CostModel.of(2, 2.5);
    // 3000.1 -> 3000.25 (buy rounds up) + 2 ticks = 3000.75; sell: 3000.0 - 0.5 = 2999.5
    assertThat(costs.marketFillPrice(3000.1, 0.25, Side.BUY)).isEqualTo(3000.75);
    assertThat(costs.marketFillPrice(3000.1, 0.25, Side.SELL)).isEqualTo(2999.5);
    assertThat(costs.commission(4)).isEqualTo(10);
  }

  @Test
  void negativeInputs_areRejected() {
    assertThatThrownBy(() -> CostModel.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slippageTicks");
    assertThatThrownBy(() -> CostModel.of(0, -2.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commissionPerContract");
  }
}
