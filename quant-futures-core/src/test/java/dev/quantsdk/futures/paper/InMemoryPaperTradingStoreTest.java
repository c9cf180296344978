package dev.quantsdk.futures.paper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.Order;
import dev.quantsdk.futures.backtest.OrderStatus;
import dev.quantsdk.futures.backtest.OrderUpdate;
import dev.quantsdk.futures.backtest.Position;
import dev.quantsdk.futures.backtest.Side;
import org.junit.jupiter.api.Test;

class InMemoryPaperTradingStoreTest {

  @Test
  void saves_keepTheLatestOrderStateTheHistoryFillsAndPositions() {
    InMemoryPaperTradingStore store = new InMemoryPaperTradingStore();
    Order order = Order.market(0, Side.BUY, 2);
    store.saveOrder(new OrderUpdate(1, order, OrderStatus.NEW, 0, "", 0, 10));
    store.saveOrder(new OrderUpdate(1, order, OrderStatus.WORKING, 0, "", 0, 10));
    store.saveOrder(new OrderUpdate(1, order, OrderStatus.FILLED, 2, "", 1, 11));
    store.saveFill(new Fill(1, 0, "ESZ2019", 1, 11, Side.BUY, 2, 3000.25, 5, 25, Fill.Kind.ORDER));
    store.savePosition(new Position(0, "ESZ2019", 2, 3000.25, 0), 11);
    store.savePosition(new Position(0, "ESZ2019", 1, 3000.25, 100), 12);

    assertThat(store.orders()).singleElement().satisfies(u -> assertThat(u.status()).isEqualTo(OrderStatus.FILLED));
    assertThat(store.history()).extracting(OrderUpdate::status)
        .containsExactly(OrderStatus.NEW, OrderStatus.WORKING, OrderStatus.FILLED);
    assertThat(store.order(2)).isEmpty();
    assertThat(store.fills()).hasSize(1);
    assertThat(store.positions()).singleElement().satisfies(p -> assertThat(p.quantity()).isEqualTo(1));
  }
}
