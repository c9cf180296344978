package dev.quantsdk.model.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaperOrderTest {

  private static final Instant T0 = Instant.parse("2014-10-01T14:30:00Z");
  private final PaperAccount account = new PaperAccount("demo", "USD", 100_000, T0);
  private final FuturesContract es = new FuturesContract("ES", "CME", LocalDate.of(2014, 12, 19), 50, 0.25, "USD");

  @Test
  void priceMustFitTheOrderType() {
    assertThat(new PaperOrder(account, es, OrderSide.BUY, OrderType.LIMIT, 1, 1940.0, T0).getLimitPrice())
        .hasValue(1940.0);
    assertThat(new PaperOrder(account, es, OrderSide.SELL, OrderType.STOP, 1, 1900.0, T0).getStopPrice())
        .hasValue(1900.0);
    assertThatThrownBy(() -> new PaperOrder(account, es, OrderSide.BUY, OrderType.MARKET, 1, 1940.0, T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("market order");
    assertThatThrownBy(() -> new PaperOrder(account, es, OrderSide.BUY, OrderType.LIMIT, 1, Double.NaN, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void finalOrdersCannotChange() {
    PaperOrder order = new PaperOrder(account, es, OrderSide.BUY, OrderType.MARKET, 3, Double.NaN, T0);
    order.transition(OrderStatus.PARTIALLY_FILLED, T0.plusSeconds(1));
    order.transition(OrderStatus.FILLED, T0.plusSeconds(2));
    assertThat(order.getUpdatedAt()).isEqualTo(T0.plusSeconds(2));
    assertThatThrownBy(() -> order.transition(OrderStatus.CANCELLED, T0.plusSeconds(3)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void fillsCannotExceedTheOrderQuantity() {
    PaperOrder order = new PaperOrder(account, es, OrderSide.BUY, OrderType.MARKET, 2, Double.NaN, T0);
    assertThatThrownBy(() -> new PaperFill(order, T0, 3, 1940.0, 0.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
    assertThat(OrderSide.SELL.sign()).isEqualTo(-1);
  }
}
