package dev.quantsdk.futures.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void factories_setOnlyThePricesTheTypeUses() {
    Order stopLimit = Order.stopLimit(1, Side.SELL, 3, 99, 98.5);
    assertThat(stopLimit.stopPrice()).isEqualTo(99);
    assertThat(stopLimit.limitPrice()).isEqualTo(98.5);
    assertThat(stopLimit.signedQuantity()).isEqualTo(-3);
    assertThat(Order.market(0, Side.BUY, 2).limitPrice()).isNaN();
    assertThat(Order.limit(0, Side.BUY, 1, 10).withOcoGroup(4).ocoGroup()).isEqualTo(4);
  }

  @Test
  void invalidOrders_areRejectedWithTheReason() {
    assertThatThrownBy(() -> Order.market(0, Side.BUY, 0)).hasMessageContaining("quantity");
    assertThatThrownBy(() -> new Order(0, Side.BUY, 1, OrderType.LIMIT, Double.NaN, Double.NaN, 0))
        .hasMessageContaining("a LIMIT order needs a finite limit price");
    assertThatThrownBy(() -> new Order(0, Side.BUY, 1, OrderType.MARKET, 100, Double.NaN, 0))
        .hasMessageContaining("a MARKET order takes no limit price");
    assertThatThrownBy(() -> Order.market(0, Side.BUY, 1).withOcoGroup(0)).hasMessageContaining("OCO");
  }
}
