package dev.quantsdk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.futures.backtest.CostModel;
import dev.quantsdk.futures.backtest.ExecutionSimulator;
import dev.quantsdk.futures.backtest.Fill;
import dev.quantsdk.futures.backtest.InstrumentSeries;
import dev.quantsdk.futures.backtest.MarginModel;
import dev.quantsdk.futures.backtest.MovingAverageCrossover;
import dev.quantsdk.futures.backtest.OrderStatus;
import dev.quantsdk.futures.backtest.OrderUpdate;
import dev.quantsdk.futures.backtest.Position;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.instrument.ContractMonth;
import dev.quantsdk.futures.instrument.ContractSpec;
import dev.quantsdk.futures.jdbc.JdbcPaperTradingStore;
import dev.quantsdk.futures.paper.InMemoryPaperTradingStore;
import dev.quantsdk.futures.paper.PaperBroker;
import dev.quantsdk.futures.paper.PaperTradingStore;
import dev.quantsdk.persistence.DatabaseConfig;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code quant paper replay --bars FILE ... [--json]}: replays a bar file bar by bar through the
 * paper broker ({@link PaperBroker}) with the {@code sma-cross} strategy, taking the same strategy
 * options as {@code backtest}, and prints the broker's fills and final equity. The broker matches
 * with the backtest engine's simulator, so the fills are the backtest's. Immutable and thread-safe.
 */
public final class PaperCommand implements Command {

  static final OptionSpec JSON = OptionSpec.flag("--json",
      "Print one JSON object: bars, orders, rejected, fills (date, side, quantity, price, fee), fees, "
          + "final_equity, net_pnl, position, margin_calls (and account with --account).");

  static final OptionSpec ACCOUNT = OptionSpec.valued("--account", "NAME",
      "Also store the broker's orders, fills and positions in the database (--db) under this paper account "
          + "(created if absent; a replay into the same account rewrites its rows).");

  /** The contract root the replayed file is traded as (multiplier and tick from the options). */
  static final String ROOT = "PAPER";

  /**
   * The {@code paper} group.
   *
   * @return the group holding {@code replay}
   */
  static CommandGroup group() {
    return new CommandGroup("paper",
        "Paper trading: run the simulated broker over bars.",
        "Runs the paper-trading broker: orders matched bar by bar with the backtest's fill rules (next-open "
            + "market fills, tick rounding, slippage, commission per contract, margin).",
        List.of(),
        List.of(new PaperCommand()),
        List.of("paper replay --bars ES1.csv --policy repair --fast 10 --slow 50 --commission 2.5 --json"));
  }

  @Override
  public String name() {
    return "replay";
  }

  @Override
  public String summary() {
    return "Replay a bar file through the paper broker with the sma-cross strategy.";
  }

  @Override
  public String description() {
    return "Feeds --bars one bar at a time to the paper broker, whose strategy is sma-cross with the same options "
        + "and rules as 'backtest' (settle as p, next-open market fills with slippage, rounded to the tick, "
        + "commission per contract per fill; equity marked to p at every bar). The broker persists its orders, "
        + "fills and positions in memory here and prints the fills and the final equity; they equal backtest's. "
        + "The contract has no margin requirement, but equity at or below 0 stops trading. With --account the "
        + "orders, fills and positions also go to the paper_* tables of the database.";
  }

  @Override
  public List<ArgumentSpec> arguments() {
    return List.of();
  }

  @Override
  public List<OptionSpec> options() {
    List<OptionSpec> options = new ArrayList<>(SmaCrossOptions.options());
    options.add(ACCOUNT);
    options.add(JSON);
    return options;
  }

  @Override
  public List<String> examples() {
    return List.of("paper replay --bars ES1.csv --policy repair --fast 10 --slow 50 --slippage-ticks 1 --json",
        "paper replay --bars ES1.csv --policy skip --fast 20 --slow 100 --mode long-only");
  }

  @Override
  public ExitStatus run(Invocation invocation, CliContext context) {
    SmaCrossOptions.Request request = SmaCrossOptions.parse(invocation);
    BarSeries bars = SmaCrossOptions.loadBars(request, context);
    SmaCrossParams params = request.params();
    ContractSpec contract = contract(bars, params);
    InMemoryPaperTradingStore store = new InMemoryPaperTradingStore();
    ExecutionSimulator.Config config = ExecutionSimulator.Config.of(params.capital(),
        CostModel.of(params.slippageTicks(), params.commission())).withMargin(MarginModel.RECORD_ONLY);
    Optional<String> account = invocation.value(ACCOUNT);
    PaperBroker broker;
    if (account.isPresent()) {
      DatabaseConfig database = GlobalOptions.database(invocation, context);
      try (CliDatabase db = CliDatabase.open(database);
          JdbcPaperTradingStore jdbc = new JdbcPaperTradingStore(db.dataSource(), account.get(), params.capital(),
              List.of(contract), List.of(contract), bars.timeBase(), Clock.systemUTC())) {
        broker = replay(contract, config, params, tee(store, jdbc), bars);
      } catch (SQLException e) {
        throw new BadInputException("cannot store the paper account " + account.get() + ": " + e.getMessage(), e);
      } catch (IllegalStateException e) {
        throw new BadInputException(e.getMessage(), e);
      }
    } else {
      broker = replay(contract, config, params, store, bars);
    }
    int steps = bars.size();
    Replay replay = new Replay(steps, store.orders(), store.fills(), broker.costs().commission(), broker.equity(),
        params.capital(), broker.position(0).quantity(), broker.marginCalls().size());
    if (invocation.flag(JSON)) {
      ObjectNode json = json(replay, bars);
      account.ifPresent(name -> json.put("account", name));
      CliJson.print(json, context.out());
    } else {
      print(replay, bars, params, context.out());
    }
    return ExitStatus.OK;
  }

  private static PaperBroker replay(ContractSpec contract, ExecutionSimulator.Config config, SmaCrossParams params,
      PaperTradingStore store, BarSeries bars) {
    PaperBroker broker = new PaperBroker(List.of(contract), config, MovingAverageCrossover.of(params), store);
    broker.replay(List.of(InstrumentSeries.of(contract, bars)));
    return broker;
  }

  /** Writes to both stores, the first first. */
  private static PaperTradingStore tee(PaperTradingStore first, PaperTradingStore second) {
    return new PaperTradingStore() {
      @Override
      public void saveOrder(OrderUpdate update) {
        first.saveOrder(update);
        second.saveOrder(update);
      }

      @Override
      public void saveFill(Fill fill) {
        first.saveFill(fill);
        second.saveFill(fill);
      }

      @Override
      public void savePosition(Position position, long time) {
        first.savePosition(position, time);
        second.savePosition(position, time);
      }
    };
  }

  /** What a replay produced. */
  record Replay(int bars, List<OrderUpdate> orders, List<Fill> fills, double fees, double finalEquity,
      double capital, int position, int marginCalls) {

    long rejected() {
      return orders.stream().filter(o -> o.status() == OrderStatus.REJECTED).count();
    }
  }

  /** A contract carrying the options' multiplier and tick, named after the file's last month. */
  static ContractSpec contract(BarSeries bars, SmaCrossParams params) {
    LocalDate last = bars.date(bars.size() - 1);
    return new ContractSpec(ROOT, "SIM", ContractMonth.of(last.getYear(), last.getMonthValue()), last,
        params.multiplier(), params.tickSize(), params.multiplier() * params.tickSize(), Currency.getInstance("USD"),
        0, 0);
  }

  static ObjectNode json(Replay r, BarSeries bars) {
    ObjectNode json = CliJson.object();
    json.put("bars", r.bars());
    json.put("orders", r.orders().size());
    json.put("rejected", r.rejected());
    ArrayNode fills = json.putArray("fills");
    for (Fill f : r.fills()) {
      ObjectNode o = fills.addObject();
      o.put("date", bars.timeBase().format(f.time()));
      o.put("side", f.side().name().toLowerCase(Locale.ROOT));
      o.put("quantity", f.quantity());
      o.put("price", f.price());
      o.put("fee", f.commission());
    }
    BacktestCommand.number(json, "fees", r.fees());
    BacktestCommand.number(json, "final_equity", r.finalEquity());
    BacktestCommand.number(json, "net_pnl", r.finalEquity() - r.capital());
    json.put("position", r.position());
    json.put("margin_calls", r.marginCalls());
    return json;
  }

  private static void print(Replay r, BarSeries bars, SmaCrossParams params, PrintStream out) {
    out.printf(Locale.ROOT, "paper replay sma-cross %d/%d %s over %,d bars: %,d orders (%,d rejected), %,d fills%n",
        params.fast(), params.slow(), params.mode(), r.bars(), r.orders().size(), r.rejected(), r.fills().size());
    if (!r.fills().isEmpty()) {
      Fill first = r.fills().get(0);
      Fill last = r.fills().get(r.fills().size() - 1);
      out.printf(Locale.ROOT, "first fill %s %s %d at %s, last fill %s %s %d at %s%n",
          bars.timeBase().format(first.time()), first.side(), first.quantity(), first.price(),
          bars.timeBase().format(last.time()), last.side(), last.quantity(), last.price());
    }
    out.printf(Locale.ROOT, "fees %,.2f USD, final equity %,.2f USD, net P&L %,.2f USD, position %d%n", r.fees(),
        r.finalEquity(), r.finalEquity() - r.capital(), r.position());
    out.flush();
  }
}
