package dev.quantsdk.futures.backtest;

import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one simulated account that both the {@link BacktestEngine} and the paper broker run: an order
 * book matched bar by bar with {@link OrderMatcher}, positions, costs, mark-to-market equity,
 * margin and rolls. Because both run this class, the same bars and the same strategy give the same
 * fills in both.
 *
 * <p>Per step, in this order: {@link #beginStep}; for each instrument's {@link #bar}: the held
 * position is marked from the previous marking price to this bar's ({@code position × (mark −
 * previous mark) × multiplier}), a pending liquidation is executed at the open, then the working
 * orders submitted before this step are matched (fills at the open, then stops, then limits); each
 * fill adds {@code quantity × (mark − price) × multiplier − commission}; then any {@link #roll}
 * at the close; then {@link #endStep}: the margin check and the strategy's callback, whose orders
 * work from the next bar.
 *
 * <p>Partial fills happen only under a volume participation cap ({@code maxParticipation > 0}): a
 * bar fills at most floor(volume × cap) contracts of an instrument, the rest of an order keeps
 * working (PARTIALLY_FILLED). Without a cap every fill is complete.
 *
 * <p>Money in the contracts' currency (one currency per account), prices in points, positions in
 * contracts. Mutable and not thread-safe; steady-state steps without orders allocate nothing.
 */
public final class ExecutionSimulator implements MarketDataSink, StrategyContext {

  /**
   * The account's settings. Immutable and thread-safe.
   *
   * @param capital starting equity, currency, {@code > 0}
   * @param costs tick rounding, slippage and commission
   * @param margin the margin rules
   * @param fillModel when market orders fill
   * @param maxParticipation the largest share of a bar's volume one instrument may fill, in
   *     (0, 1]; 0 for no cap (no partial fills)
   */
  public record Config(double capital, CostModel costs, MarginModel margin, FillModel fillModel,
      double maxParticipation) {

    /**
     * Validates the settings.
     *
     * @throws IllegalArgumentException if the capital is not positive or the participation is
     *     not in [0, 1]
     */
    public Config {
      ArgChecker.positive(ArgChecker.finite(capital, "capital"), "capital");
      ArgChecker.notNull(costs, "costs");
      ArgChecker.notNull(margin, "margin");
      ArgChecker.notNull(fillModel, "fillModel");
      ArgChecker.inRangeInclusive(maxParticipation, 0, 1, "maxParticipation");
    }

    /**
     * Settings with the standard margin model, next-bar-open fills and no participation cap.
     *
     * @param capital starting equity, currency
     * @param costs the costs
     * @return the settings
     */
    public static Config of(double capital, CostModel costs) {
      return new Config(capital, costs, MarginModel.STANDARD, FillModel.NEXT_BAR_OPEN, 0);
    }

    /**
     * These settings with another margin model.
     *
     * @param model the margin model
     * @return the new settings
     */
    public Config withMargin(MarginModel model) {
      return new Config(capital, costs, model, fillModel, maxParticipation);
    }

    /**
     * These settings with another fill model.
     *
     * @param model the fill model
     * @return the new settings
     */
    public Config withFillModel(FillModel model) {
      return new Config(capital, costs, margin, model, maxParticipation);
    }

    /**
     * These settings with a volume participation cap.
     *
     * @param share the largest share of a bar's volume filled per instrument, (0, 1]; 0 for none
     * @return the new settings
     */
    public Config withMaxParticipation(double share) {
      return new Config(capital, costs, margin, fillModel, share);
    }
  }

  /** A working order's mutable state. */
  private static final class Working {
    final long id;
    final Order order;
    final double limit;
    final double stop;
    final int submittedStep;
    int filled;
    boolean triggered;
    OrderStatus status = OrderStatus.NEW;

    Working(long id, Order order, double limit, double stop, int submittedStep) {
      this.id = id;
      this.order = order;
      this.limit = limit;
      this.stop = stop;
      this.submittedStep = submittedStep;
    }

    int remaining() {
      return order.quantity() - filled;
    }
  }

  private final Config config;
  private final CostModel costs;
  private final Strategy strategy;
  private final ExecutionListener listener;
  private final int n;
  private final ContractSpec[] contract;
  private final String[] symbol;
  private final int[] position;
  private final double[] lastMark;
  private final boolean[] hasBar;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final double[] mark;
  private final double[] volume;
  private final int[] capacity;
  private final double[] averagePrice;
  private final double[] realized;
  private final double[] tripCash;
  private final double[] tripFees;
  private final int[] tripMax;
  private final int[] tripEntryStep;
  private final long[] tripEntryTime;
  private final List<Working> book = new ArrayList<>();
  private final List<RoundTrip> roundTrips = new ArrayList<>();
  private final List<MarginCall> marginCalls = new ArrayList<>();
  private double equity;
  private int step = -1;
  private long time = Long.MIN_VALUE;
  private boolean inStep;
  private boolean inCallback;
  private boolean liquidating;
  private boolean stopped;
  private boolean inBreach;
  private long nextOrderId = 1;
  private double commissionTotal;
  private double slippageTotal;
  private double rollCommission;
  private double rollSlippage;
  private int rolls;
  private long contractsTraded;

  /**
   * A new account.
   *
   * @param instruments the contract traded by each instrument index (the first contract of a
   *     continuous series), one currency for all
   * @param config the settings
   * @param strategy called at every step's close ({@link Strategy#NONE} for none)
   * @param listener receives order updates, fills and margin calls
   * @throws IllegalArgumentException if the list is empty or mixes currencies
   */
  public ExecutionSimulator(List<ContractSpec> instruments, Config config, Strategy strategy,
      ExecutionListener listener) {
    ArgChecker.notEmpty(instruments, "instruments");
    this.config = ArgChecker.notNull(config, "config");
    this.costs = config.costs();
    this.strategy = ArgChecker.notNull(strategy, "strategy");
    this.listener = ArgChecker.notNull(listener, "listener");
    this.n = instruments.size();
    this.contract = instruments.toArray(new ContractSpec[0]);
    this.symbol = new String[n];
    for (int i = 0; i < n; i++) {
      symbol[i] = contract[i].symbol();
    }
    for (ContractSpec c : contract) {
      ArgChecker.isTrue(c.currency().equals(contract[0].currency()),
          "one account holds one currency: %s is in %s, %s in %s", contract[0].symbol(),
          contract[0].currency(), c.symbol(), c.currency());
    }
    position = new int[n];
    lastMark = new double[n];
    Arrays.fill(lastMark, Double.NaN);
    hasBar = new boolean[n];
    open = new double[n];
    high = new double[n];
    low = new double[n];
    close = new double[n];
    mark = new double[n];
    volume = new double[n];
    capacity = new int[n];
    averagePrice = new double[n];
    Arrays.fill(averagePrice, Double.NaN);
    realized = new double[n];
    tripCash = new double[n];
    tripFees = new double[n];
    tripMax = new int[n];
    tripEntryStep = new int[n];
    tripEntryTime = new long[n];
    equity = config.capital();
  }

  // ---------------------------------------------------------------- market data

  @Override
  public void beginStep(long stepTime) {
    if (inStep || inCallback) {
      throw new IllegalStateException("beginStep while step " + step + " is open: call endStep first");
    }
    if (step >= 0 && stepTime <= time) {
      // no varargs check here: it would box two longs on every bar
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "step time %d does not advance past %d", stepTime, time));
    }
    step++;
    time = stepTime;
    inStep = true;
    Arrays.fill(hasBar, false);
  }

  @Override
  public void bar(int instrument, double o, double h, double l, double c, double m, double v) {
    requireInStep("bar");
    checkInstrument(instrument);
    if (hasBar[instrument]) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "instrument %d already had a bar at step %d", instrument, step));
    }
    if (!(Double.isFinite(o) && Double.isFinite(h) && Double.isFinite(l) && Double.isFinite(c)
        && Double.isFinite(m))) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "step %d, instrument %d (%s): prices must be finite but were open %s high %s low %s close %s mark %s",
          step, instrument, contract[instrument].symbol(), o, h, l, c, m));
    }
    hasBar[instrument] = true;
    open[instrument] = o;
    high[instrument] = h;
    low[instrument] = l;
    close[instrument] = c;
    mark[instrument] = m;
    volume[instrument] = v;
    capacity[instrument] = config.maxParticipation() > 0 && Double.isFinite(v)
        ? (int) Math.min(Integer.MAX_VALUE, Math.floor(v * config.maxParticipation())) : Integer.MAX_VALUE;
    int held = position[instrument];
    if (held != 0) {
      equity += held * (m - lastMark[instrument]) * contract[instrument].multiplier();
    }
    lastMark[instrument] = m;
    if (liquidating && held != 0) {
      marketFill(0, instrument, Side.of(-held), Math.abs(held), o, Fill.Kind.LIQUIDATION);
    }
    matchBook(instrument);
  }

  private void matchBook(int instrument) {
    if (book.isEmpty()) {
      return;
    }
    double o = open[instrument];
    double h = high[instrument];
    double l = low[instrument];
    for (int pass = OrderMatcher.AT_OPEN; pass <= OrderMatcher.LIMIT_PRIORITY; pass++) {
      for (int k = 0; k < book.size(); k++) {
        Working w = book.get(k);
        Order order = w.order;
        if (order.instrument() != instrument || !w.status.isOpen() || w.submittedStep >= step) {
          continue;
        }
        int p = OrderMatcher.priority(order.type(), order.side(), w.limit, w.stop, w.triggered, o, h, l);
        if (p != pass || capacity[instrument] <= 0) {
          continue;
        }
        double raw = OrderMatcher.price(order.type(), order.side(), w.limit, w.stop, w.triggered, o);
        fillWorking(w, raw);
      }
    }
    // a stop-limit triggered without filling rests as a limit from the next bar
    for (int k = 0; k < book.size(); k++) {
      Working w = book.get(k);
      if (w.order.instrument() == instrument && w.status.isOpen() && w.submittedStep < step
          && w.order.type() == OrderType.STOP_LIMIT && !w.triggered
          && OrderMatcher.triggers(w.order.side(), w.stop, h, l)) {
        w.triggered = true;
      }
    }
  }

  private void fillWorking(Working w, double raw) {
    Order order = w.order;
    int instrument = order.instrument();
    int quantity = Math.min(w.remaining(), capacity[instrument]);
    boolean slips = OrderMatcher.slips(order.type());
    if (slips) {
      marketFill(w.id, instrument, order.side(), quantity, raw, Fill.Kind.ORDER);
    } else {
      double price = CostModel.roundToTick(raw, contract[instrument].tickSize(), order.side());
      applyFill(w.id, instrument, order.side(), quantity, price, 0, Fill.Kind.ORDER);
    }
    capacity[instrument] -= quantity;
    w.filled += quantity;
    w.status = w.remaining() == 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    if (order.type() == OrderType.STOP_LIMIT) {
      w.triggered = true;
    }
    report(w, "");
    if (order.ocoGroup() != 0) {
      for (int k = 0; k < book.size(); k++) {
        Working other = book.get(k);
        if (other != w && other.order.ocoGroup() == order.ocoGroup() && other.status.isOpen()) {
          other.status = OrderStatus.CANCELLED;
          report(other, String.format(Locale.ROOT, "OCO: order %d of group %d filled", w.id, order.ocoGroup()));
        }
      }
    }
  }

  private void marketFill(long orderId, int instrument, Side side, int quantity, double raw, Fill.Kind kind) {
    ContractSpec spec = contract[instrument];
    double price = costs.marketFillPrice(raw, spec.tickSize(), side);
    double slippage = costs.slippageTicks() * spec.tickValue() * quantity;
    applyFill(orderId, instrument, side, quantity, price, slippage, kind);
  }

  private void applyFill(long orderId, int instrument, Side side, int quantity, double price,
      double slippage, Fill.Kind kind) {
    ContractSpec spec = contract[instrument];
    double multiplier = spec.multiplier();
    int q = side.sign() * quantity;
    double fee = costs.commission(quantity);
    equity += q * (lastMark[instrument] - price) * multiplier - fee;
    commissionTotal += fee;
    slippageTotal += slippage;
    contractsTraded += quantity;
    if (kind == Fill.Kind.ROLL_EXIT || kind == Fill.Kind.ROLL_ENTRY) {
      rollCommission += fee;
      rollSlippage += slippage;
    }
    int held = position[instrument];
    int after = held + q;
    updateAverage(instrument, held, q, price, multiplier, kind);
    updateTrip(instrument, held, q, price, fee, multiplier, kind);
    position[instrument] = after;
    Fill fill = new Fill(orderId, instrument, symbol[instrument], step, time, side, quantity, price, fee, slippage, kind);
    listener.onFill(fill, position(instrument, after));
  }

  private void updateAverage(int i, int held, int q, double price, double multiplier, Fill.Kind kind) {
    int after = held + q;
    if (kind == Fill.Kind.ROLL_ENTRY) {
      averagePrice[i] = price;
      return;
    }
    if (held == 0 || Integer.signum(held) == Integer.signum(q)) {
      double avg = held == 0 ? 0 : averagePrice[i];
      averagePrice[i] = (avg * Math.abs(held) + price * Math.abs(q)) / Math.abs(after);
      return;
    }
    int closing = Math.min(Math.abs(q), Math.abs(held));
    realized[i] += closing * (price - averagePrice[i]) * Integer.signum(held) * multiplier;
    if (after == 0) {
      averagePrice[i] = Double.NaN;
    } else if (Integer.signum(after) != Integer.signum(held)) {
      averagePrice[i] = price;
    }
  }

  private void updateTrip(int i, int held, int q, double price, double fee, double multiplier, Fill.Kind kind) {
    if (kind == Fill.Kind.ROLL_EXIT || kind == Fill.Kind.ROLL_ENTRY) {
      tripCash[i] += -q * price * multiplier;
      tripFees[i] += fee;
      return;
    }
    int after = held + q;
    if (held == 0) {
      startTrip(i, q, price, fee, multiplier);
      return;
    }
    if (Integer.signum(held) == Integer.signum(q) || Math.abs(q) <= Math.abs(held)) {
      tripCash[i] += -q * price * multiplier;
      tripFees[i] += fee;
      tripMax[i] = Math.max(tripMax[i], Math.abs(after));
      if (after == 0) {
        closeTrip(i, held);
      }
      return;
    }
    // reversal through flat: split the fill and its commission
    int closing = -held;
    double closeFee = fee * Math.abs(closing) / Math.abs(q);
    tripCash[i] += -closing * price * multiplier;
    tripFees[i] += closeFee;
    closeTrip(i, held);
    startTrip(i, after, price, fee - closeFee, multiplier);
  }

  private void startTrip(int i, int q, double price, double fee, double multiplier) {
    tripCash[i] = -q * price * multiplier;
    tripFees[i] = fee;
    tripMax[i] = Math.abs(q);
    tripEntryStep[i] = step;
    tripEntryTime[i] = time;
  }

  private void closeTrip(int i, int held) {
    RoundTrip trip = new RoundTrip(i, Side.of(held), tripMax[i], tripEntryStep[i], tripEntryTime[i], step,
        time, tripCash[i], tripFees[i]);
    roundTrips.add(trip);
  }

  @Override
  public void roll(int instrument, ContractSpec to, double fromPrice, double toPrice) {
    requireInStep("roll");
    checkInstrument(instrument);
    ArgChecker.notNull(to, "to");
    ArgChecker.finite(fromPrice, "fromPrice");
    ArgChecker.finite(toPrice, "toPrice");
    ArgChecker.isTrue(to.currency().equals(contract[instrument].currency()),
        "roll to %s changes the currency", to.symbol());
    int held = position[instrument];
    if (held != 0) {
      rolls++;
      marketFill(0, instrument, Side.of(-held), Math.abs(held), fromPrice, Fill.Kind.ROLL_EXIT);
    }
    contract[instrument] = to;
    symbol[instrument] = to.symbol();
    lastMark[instrument] = toPrice;
    if (held != 0) {
      marketFill(0, instrument, Side.of(held), Math.abs(held), toPrice, Fill.Kind.ROLL_ENTRY);
    }
  }

  @Override
  public void endStep() {
    requireInStep("endStep");
    boolean holding = false;
    double requirement = 0;
    for (int i = 0; i < n; i++) {
      if (position[i] != 0) {
        holding = true;
        requirement += contract[i].maintenanceMargin() * Math.abs(position[i]);
      }
    }
    if (!stopped && equity <= 0) {
      stopped = true;
      liquidating = holding;
      MarginCall call = new MarginCall(step, time, equity, requirement, MarginCall.Reason.EQUITY_EXHAUSTED, holding);
      marginCalls.add(call);
      listener.onMarginCall(call);
      cancelAll(String.format(Locale.ROOT, "trading stopped: equity %.2f <= 0 at step %d", equity, step));
    } else if (!stopped && holding && equity < requirement) {
      if (!inBreach) {
        boolean liquidate = config.margin().onMaintenanceBreach() == MarginModel.Action.LIQUIDATE_NEXT_OPEN;
        MarginCall call = new MarginCall(step, time, equity, requirement, MarginCall.Reason.MAINTENANCE_BREACH,
            liquidate);
        marginCalls.add(call);
        listener.onMarginCall(call);
        if (liquidate) {
          liquidating = true;
          cancelAll(String.format(Locale.ROOT,
              "margin call at step %d: equity %.2f < maintenance %.2f, liquidating at the next open",
              step, equity, requirement));
        }
      }
      inBreach = true;
    } else {
      inBreach = false;
    }
    if (liquidating && !holding) {
      liquidating = false;
    }
    inStep = false;
    inCallback = true;
    try {
      strategy.onBar(this);
    } finally {
      inCallback = false;
    }
    book.removeIf(w -> !w.status.isOpen());
  }

  // ---------------------------------------------------------------- order entry

  @Override
  public long submit(Order order) {
    ArgChecker.notNull(order, "order");
    checkInstrument(order.instrument());
    ContractSpec spec = contract[order.instrument()];
    double tick = spec.tickSize();
    double limit = Double.isNaN(order.limitPrice()) ? Double.NaN
        : CostModel.roundToTickFavourable(order.limitPrice(), tick, order.side());
    double stopPrice = Double.isNaN(order.stopPrice()) ? Double.NaN
        : CostModel.roundToTick(order.stopPrice(), tick, order.side());
    // whether submitted at a close, inside a step or between steps: it works from the next step
    Working w = new Working(nextOrderId++, order, limit, stopPrice, step);
    report(w, "");
    String refusal = refusal(order);
    if (!refusal.isEmpty()) {
      w.status = OrderStatus.REJECTED;
      report(w, refusal);
      return w.id;
    }
    w.status = OrderStatus.WORKING;
    report(w, "");
    int i = order.instrument();
    if (config.fillModel() == FillModel.SAME_BAR_CLOSE && order.type() == OrderType.MARKET && hasBar[i]
        && !inStep && capacity[i] > 0) {
      fillWorking(w, close[i]);
      if (!w.status.isOpen()) {
        return w.id;
      }
    }
    book.add(w);
    return w.id;
  }

  private String refusal(Order order) {
    if (stopped) {
      return String.format(Locale.ROOT, "trading stopped: equity fell to or below 0 (now %.2f)", equity);
    }
    if (liquidating) {
      return "margin call: positions are being liquidated at the next open";
    }
    int i = order.instrument();
    int held = position[i];
    int after = held + order.signedQuantity();
    if (config.margin().checkInitial() && Math.abs(after) > Math.abs(held)) {
      double required = 0;
      for (int j = 0; j < n; j++) {
        required += contract[j].initialMargin() * Math.abs(j == i ? after : position[j]);
      }
      if (required > equity) {
        ContractSpec spec = contract[i];
        return String.format(Locale.ROOT,
            "initial margin %.2f %s for a position of %d %s (%.2f per contract, with the other open positions) "
                + "exceeds equity %.2f",
            required, spec.currency().getCurrencyCode(), after, spec.symbol(), spec.initialMargin(), equity);
      }
    }
    return "";
  }

  @Override
  public long targetPosition(int instrument, int target) {
    checkInstrument(instrument);
    int planned = position[instrument];
    for (int k = 0; k < book.size(); k++) {
      Working w = book.get(k);
      if (w.order.instrument() == instrument && w.status.isOpen()) {
        planned += w.order.side().sign() * w.remaining();
      }
    }
    int difference = target - planned;
    if (difference == 0) {
      return 0;
    }
    return submit(Order.market(instrument, Side.of(difference), Math.abs(difference)));
  }

  @Override
  public boolean cancel(long orderId) {
    for (int k = 0; k < book.size(); k++) {
      Working w = book.get(k);
      if (w.id == orderId && w.status.isOpen()) {
        w.status = OrderStatus.CANCELLED;
        report(w, "cancelled on request");
        return true;
      }
    }
    return false;
  }

  private void cancelAll(String reason) {
    for (int k = 0; k < book.size(); k++) {
      Working w = book.get(k);
      if (w.status.isOpen()) {
        w.status = OrderStatus.CANCELLED;
        report(w, reason);
      }
    }
  }

  private void report(Working w, String reason) {
    listener.onOrderUpdate(new OrderUpdate(w.id, w.order, w.status, w.filled, reason, step, time));
  }

  // ---------------------------------------------------------------- views

  @Override
  public int step() {
    return step;
  }

  @Override
  public long time() {
    return time;
  }

  @Override
  public int instruments() {
    return n;
  }

  @Override
  public boolean hasBar(int instrument) {
    return hasBar[checkInstrument(instrument)];
  }

  @Override
  public double open(int instrument) {
    return open[checkInstrument(instrument)];
  }

  @Override
  public double high(int instrument) {
    return high[checkInstrument(instrument)];
  }

  @Override
  public double low(int instrument) {
    return low[checkInstrument(instrument)];
  }

  @Override
  public double close(int instrument) {
    return close[checkInstrument(instrument)];
  }

  @Override
  public double mark(int instrument) {
    return mark[checkInstrument(instrument)];
  }

  @Override
  public double volume(int instrument) {
    return volume[checkInstrument(instrument)];
  }

  @Override
  public int position(int instrument) {
    return position[checkInstrument(instrument)];
  }

  @Override
  public double equity() {
    return equity;
  }

  /**
   * A snapshot of an instrument's position.
   *
   * @param instrument the instrument index
   * @return the position
   */
  public Position positionOf(int instrument) {
    return position(checkInstrument(instrument), position[instrument]);
  }

  private Position position(int instrument, int quantity) {
    return new Position(instrument, symbol[instrument], quantity,
        quantity == 0 ? Double.NaN : averagePrice[instrument], realized[instrument]);
  }

  /**
   * The contract an instrument trades now (after its rolls so far).
   *
   * @param instrument the instrument index
   * @return the contract
   */
  public ContractSpec contract(int instrument) {
    return contract[checkInstrument(instrument)];
  }

  /**
   * Whether trading stopped because equity fell to or below 0.
   *
   * @return true once stopped
   */
  public boolean isStopped() {
    return stopped;
  }

  /**
   * The status of an order still in the book.
   *
   * @param orderId the id
   * @return its status, or empty once it has left the book (filled, cancelled or rejected
   *     orders leave at the end of their step)
   */
  public Optional<OrderStatus> statusOf(long orderId) {
    for (Working w : book) {
      if (w.id == orderId) {
        return Optional.of(w.status);
      }
    }
    return Optional.empty();
  }

  /**
   * The round trips closed so far (a read-only view).
   *
   * @return the trips in closing order
   */
  public List<RoundTrip> roundTrips() {
    return Collections.unmodifiableList(roundTrips);
  }

  /**
   * The margin calls so far (a read-only view).
   *
   * @return the calls in order
   */
  public List<MarginCall> marginCalls() {
    return Collections.unmodifiableList(marginCalls);
  }

  /**
   * The costs so far.
   *
   * @return the breakdown
   */
  public CostBreakdown costs() {
    return new CostBreakdown(commissionTotal, slippageTotal, rollCommission, rollSlippage, rolls, contractsTraded);
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public Config config() {
    return config;
  }

  private int checkInstrument(int instrument) {
    if (instrument < 0 || instrument >= n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "instrument %d is not in [0, %d): the account has %d instrument(s)", instrument, n, n));
    }
    return instrument;
  }

  private void requireInStep(String call) {
    if (!inStep) {
      throw new IllegalStateException(call + " outside a step: call beginStep first");
    }
  }
}
