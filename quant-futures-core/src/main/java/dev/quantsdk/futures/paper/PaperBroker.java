package dev.quantsdk.futures.paper;

import dev.quantsdk.futures.backtest.BarReplay;
import dev.quantsdk.futures.backtest.CostBreakdown;
import dev.quantsdk.futures.backtest.ExecutionListener;
import dev.quantsdk.futures.backtest.ExecutionSimulator;
import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.InstrumentSeries;
import dev.quantsdk.futures.backtest.MarginCall;
import dev.quantsdk.futures.backtest.MarketDataSink;
import dev.quantsdk.futures.backtest.Order;
import dev.quantsdk.futures.backtest.OrderStatus;
import dev.quantsdk.futures.backtest.OrderUpdate;
import dev.quantsdk.futures.backtest.Position;
import dev.quantsdk.futures.backtest.Strategy;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event-driven simulated futures broker. It is fed bars ({@link #onBar} for a one-instrument
 * account; {@link #beginStep}, {@link #bar}, {@link #roll}, {@link #endStep} for a portfolio;
 * {@link #replay} for stored series) and matches orders with the backtest's
 * {@link ExecutionSimulator}, so the same bars and the same strategy give exactly the backtest's
 * fills. Orders come from the strategy at each close or from the host at any time between calls
 * ({@link #submit}, {@link #cancel}); either way they work from the next bar.
 *
 * <p>Order lifecycle: NEW at submission, then REJECTED (with the reason: initial margin, margin
 * call in progress, trading stopped) or WORKING; then FILLED, or PARTIALLY_FILLED first when a
 * volume participation cap limits a bar's fill (never without a cap), or CANCELLED (on request,
 * by an OCO sibling's fill, or by a margin call). Every update, fill and changed position goes to
 * the {@link PaperTradingStore} and then to the listeners, in event order.
 *
 * <p>Ticks: push each trade as a one-price bar ({@code open = high = low = close = mark = price}).
 * An order submitted after tick k then fills on tick k+1: a market or triggered stop at that
 * tick's price (plus slippage), a limit only when that tick trades strictly through it.
 *
 * <p>Mutable and not thread-safe: one thread feeds it (listeners run on that thread).
 */
public final class PaperBroker implements MarketDataSink {

  private final ExecutionSimulator simulator;
  private final PaperTradingStore store;
  private final List<ExecutionListener> listeners = new ArrayList<>();

  /**
   * A broker account.
   *
   * @param instruments the contract of each instrument index
   * @param config capital, costs, margin, fill model and participation cap
   * @param strategy called at every step's close ({@link Strategy#NONE} when the host trades)
   * @param store where orders, fills and positions are persisted
   * @throws IllegalArgumentException if the instruments are empty or mix currencies
   */
  public PaperBroker(List<ContractSpec> instruments, ExecutionSimulator.Config config, Strategy strategy,
      PaperTradingStore store) {
    this.store = ArgChecker.notNull(store, "store");
    this.simulator = new ExecutionSimulator(instruments, config, strategy, new Dispatcher());
  }

  /**
   * Adds a listener for order updates, fills and margin calls.
   *
   * @param listener the listener
   * @return this broker
   */
  public PaperBroker addListener(ExecutionListener listener) {
    listeners.add(ArgChecker.notNull(listener, "listener"));
    return this;
  }

  /**
   * Replays stored series through this broker, as {@link dev.quantsdk.futures.backtest.BacktestEngine}
   * does: one step per distinct time, rolls at their closes.
   *
   * @param instruments the series, in this account's instrument order
   * @return the number of steps replayed
   */
  public int replay(List<InstrumentSeries> instruments) {
    return BarReplay.replay(instruments, this, step -> { });
  }

  /**
   * One bar of a one-instrument account: a whole step (match, mark, margin, strategy).
   *
   * @param time the bar's time, after the previous one
   * @param open the open, points
   * @param high the high, points
   * @param low the low, points
   * @param close the close, points
   * @param mark the marking price (settle, or close), points
   * @param volume the volume, contracts (NaN when unknown)
   * @throws IllegalStateException if the account has more than one instrument
   */
  public void onBar(long time, double open, double high, double low, double close, double mark, double volume) {
    if (simulator.instruments() != 1) {
      throw new IllegalStateException("onBar(time, ...) is for one-instrument accounts; this one has "
          + simulator.instruments() + ": use beginStep, bar and endStep");
    }
    simulator.beginStep(time);
    simulator.bar(0, open, high, low, close, mark, volume);
    simulator.endStep();
  }

  @Override
  public void beginStep(long time) {
    simulator.beginStep(time);
  }

  @Override
  public void bar(int instrument, double open, double high, double low, double close, double mark,
      double volume) {
    simulator.bar(instrument, open, high, low, close, mark, volume);
  }

  @Override
  public void roll(int instrument, ContractSpec to, double fromPrice, double toPrice) {
    simulator.roll(instrument, to, fromPrice, toPrice);
  }

  @Override
  public void endStep() {
    simulator.endStep();
  }

  /**
   * Submits an order from the host; it works from the next bar.
   *
   * @param order the order
   * @return its id
   * @throws IllegalArgumentException if the instrument is out of range
   */
  public long submit(Order order) {
    return simulator.submit(order);
  }

  /**
   * Cancels an open order.
   *
   * @param orderId the id
   * @return true if it was open and is now cancelled
   */
  public boolean cancel(long orderId) {
    return simulator.cancel(orderId);
  }

  /**
   * The status of an order still in the book (the store keeps every order's final status).
   *
   * @param orderId the id
   * @return the status, or empty once the order has left the book
   */
  public Optional<OrderStatus> statusOf(long orderId) {
    return simulator.statusOf(orderId);
  }

  /**
   * Account equity marked to the latest bar, currency.
   *
   * @return the equity
   */
  public double equity() {
    return simulator.equity();
  }

  /**
   * An instrument's position.
   *
   * @param instrument the instrument index
   * @return the snapshot
   */
  public Position position(int instrument) {
    return simulator.positionOf(instrument);
  }

  /**
   * The margin calls so far.
   *
   * @return a read-only view
   */
  public List<MarginCall> marginCalls() {
    return simulator.marginCalls();
  }

  /**
   * The costs so far.
   *
   * @return the breakdown
   */
  public CostBreakdown costs() {
    return simulator.costs();
  }

  /**
   * Whether trading stopped because equity fell to or below 0.
   *
   * @return true once stopped
   */
  public boolean isStopped() {
    return simulator.isStopped();
  }

  /** Persists, then tells the listeners. */
  private final class Dispatcher implements ExecutionListener {

    @Override
    public void onOrderUpdate(OrderUpdate update) {
      store.saveOrder(update);
      for (int k = 0; k < listeners.size(); k++) {
        listeners.get(k).onOrderUpdate(update);
      }
    }

    @Override
    public void onFill(Fill fill, Position position) {
      store.saveFill(fill);
      store.savePosition(position, fill.time());
      for (int k = 0; k < listeners.size(); k++) {
        listeners.get(k).onFill(fill, position);
      }
    }

    @Override
    public void onMarginCall(MarginCall call) {
      for (int k = 0; k < listeners.size(); k++) {
        listeners.get(k).onMarginCall(call);
      }
    }
  }
}
