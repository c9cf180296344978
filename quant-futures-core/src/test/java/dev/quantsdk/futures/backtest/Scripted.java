package dev.quantsdk.futures.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helpers: a strategy submitting scripted orders at given steps, and a recording listener. */
final class Scripted implements Strategy {

  final Map<Integer, List<Order>> orders = new HashMap<>();
  final List<Long> ids = new ArrayList<>();

  Scripted at(int step, Order... submitted) {
    orders.computeIfAbsent(step, s -> new ArrayList<>()).addAll(List.of(submitted));
    return this;
  }

  @Override
  public void onBar(StrategyContext context) {
    for (Order o : orders.getOrDefault(context.step(), List.of())) {
      ids.add(context.submit(o));
    }
  }

  /** Records every event. */
  static final class Recorder implements ExecutionListener {
    final List<OrderUpdate> updates = new ArrayList<>();
    final List<Fill> fills = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();
    final List<MarginCall> calls = new ArrayList<>();

    @Override
    public void onOrderUpdate(OrderUpdate update) {
      updates.add(update);
    }

    @Override
    public void onFill(Fill fill, Position position) {
      fills.add(fill);
      positions.add(position);
    }

    @Override
    public void onMarginCall(MarginCall call) {
      calls.add(call);
    }

    OrderUpdate last(long orderId) {
      OrderUpdate found = null;
      for (OrderUpdate u : updates) {
        if (u.orderId() == orderId) {
          found = u;
        }
      }
      return found;
    }
  }
}
