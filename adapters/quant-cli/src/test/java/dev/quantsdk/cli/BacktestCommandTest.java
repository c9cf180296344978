package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code quant backtest} in process: a ten-bar file whose fills, fees and equity are worked
 * out by hand below, and the bundled ES1 file.
 */
class BacktestCommandTest {

  private static final double TOL = 1e-9;
  private static final List<String> KEYS = List.of("bars", "fills", "round_trips", "fees", "gross_pnl", "net_pnl",
      "final_equity", "sharpe", "sortino", "max_drawdown", "max_drawdown_pct", "cagr", "win_rate", "profit_factor",
      "first_fill_date", "last_fill_date");

  @TempDir
  Path dir;

  private TestCommands.Captured run(String... args) {
    return run(dir, args);
  }

  /** Runs the CLI in process in a working directory. */
  static TestCommands.Captured run(Path workingDirectory, String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), false);
    captured.exitCode = QuantCli.run(List.of(args), captured.context);
    return captured;
  }

  /** The bundled ES1 file. */
  static String es1() {
    return Path.of(System.getProperty("quant.data.dir")).resolve("futures/ES1_front_month_daily.csv").toString();
  }

  /** Writes the ten daily bars of the hand case below (generic CSV, no settle column, high/low 1 outside). */
  static void writeHandFile(Path file) throws IOException {
    String[] dates = {"2020-01-01", "2020-01-02", "2020-01-03", "2020-01-06", "2020-01-07", "2020-01-08",
        "2020-01-09", "2020-01-10", "2020-01-13", "2020-01-14"};
    double[] open = {100, 100, 101, 102, 101, 99, 98, 99, 101, 103};
    double[] close = {100, 101, 102, 101, 99, 98, 99, 101, 103, 104};
    List<String> lines = new ArrayList<>(List.of("date,open,high,low,close,volume"));
    for (int i = 0; i < dates.length; i++) {
      lines.add(dates[i] + "," + open[i] + "," + (Math.max(open[i], close[i]) + 1) + ","
          + (Math.min(open[i], close[i]) - 1) + "," + close[i] + ",100");
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /**
   * Ten daily bars (no settle column, so p = close). With fast 2 / slow 3, long-short, 1 contract, 50 USD a
   * point, tick 0.25, 2.50 commission and 1 tick slippage, by hand:
   * <pre>
   *   t=2 (01-03): SMA2 101.5 > SMA3 101     -> buy 1 at t=3 (01-06) open 102 + 0.25 = 102.25
   *   t=4 (01-07): SMA2 100 < SMA3 100.667   -> sell 2 at t=5 (01-08) open 99 - 0.25 = 98.75
   *   t=7 (01-10): SMA2 100 > SMA3 99.333    -> buy 2 at t=8 (01-13) open 101 + 0.25 = 101.25
   *   equity: 100000 x3, 99935, 99835, 99855, 99805, 99705, 99775, 99825
   *   fees 2.5 + 5 + 5 = 12.5; net -175; gross -162.5; drawdown 100000 - 99705 = 295 (0.295 %)
   *   round trips: long -175 - 5 = -180, short -125 - 5 = -130: win rate 0, profit factor 0
   * </pre>
   */
  @Test
  void backtest_handFile_printsTheHandComputedJson() throws IOException {
    writeHandFile(dir.resolve("hand.csv"));

    TestCommands.Captured r = run("backtest", "--bars", "hand.csv", "--format", "csv", "--strategy", "sma-cross",
        "--fast", "2", "--slow", "3", "--contracts", "1", "--multiplier", "50", "--tick-size", "0.25",
        "--commission", "2.50", "--slippage-ticks", "1", "--capital", "100000", "--trades-out", "fills.csv",
        "--json");

    assertThat(r.exitCode).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.fieldNames()).toIterable().containsExactlyElementsOf(KEYS);
    assertThat(json.get("bars").asInt()).isEqualTo(10);
    assertThat(json.get("fills").asInt()).isEqualTo(3);
    assertThat(json.get("round_trips").asInt()).isEqualTo(2);
    assertThat(json.get("fees").asDouble()).isCloseTo(12.5, within(TOL));
    assertThat(json.get("gross_pnl").asDouble()).isCloseTo(-162.5, within(TOL));
    assertThat(json.get("net_pnl").asDouble()).isCloseTo(-175, within(TOL));
    assertThat(json.get("final_equity").asDouble()).isCloseTo(99_825, within(TOL));
    assertThat(json.get("max_drawdown").asDouble()).isCloseTo(295, within(TOL));
    assertThat(json.get("max_drawdown_pct").asDouble()).isCloseTo(0.00295, within(TOL));
    assertThat(json.get("win_rate").asDouble()).isZero();
    assertThat(json.get("profit_factor").asDouble()).isZero();
    assertThat(json.get("first_fill_date").asText()).isEqualTo("2020-01-06");
    assertThat(json.get("last_fill_date").asText()).isEqualTo("2020-01-13");
    assertThat(Files.readAllLines(dir.resolve("fills.csv"), StandardCharsets.UTF_8)).containsExactly(
        "date,bar,decision_bar,quantity,price,fee,position",
        "2020-01-06,3,2,1,102.25,2.5,1",
        "2020-01-08,5,4,-2,98.75,5.0,-1",
        "2020-01-13,8,7,2,101.25,5.0,1");
  }

  @Test
  void backtest_es1_issueExample_isConsistent() throws IOException {
    TestCommands.Captured r = run("backtest", "--bars", es1(), "--policy", "repair", "--strategy", "sma-cross",
        "--fast", "10", "--slow", "50", "--mode", "long-short", "--contracts", "1", "--multiplier", "50",
        "--tick-size", "0.25", "--commission", "2.50", "--slippage-ticks", "1", "--trades-out", "es1.csv", "--json");

    assertThat(r.exitCode).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("bars").asInt()).isEqualTo(5650);
    List<String> fills = Files.readAllLines(dir.resolve("es1.csv"), StandardCharsets.UTF_8);
    assertThat(fills).hasSize(json.get("fills").asInt() + 1);
    // every fill after the first is a reversal of 2 contracts: fees = 2.5 x (1 + 2 x (fills - 1))
    int n = json.get("fills").asInt();
    assertThat(json.get("fees").asDouble()).isCloseTo(2.5 * (1 + 2 * (n - 1)), within(TOL));
    assertThat(json.get("round_trips").asInt()).isEqualTo(n - 1);
    assertThat(json.get("net_pnl").asDouble())
        .isCloseTo(json.get("final_equity").asDouble() - 100_000, within(1e-6));
    assertThat(json.get("gross_pnl").asDouble())
        .isCloseTo(json.get("net_pnl").asDouble() + json.get("fees").asDouble(), within(1e-6));
    // the first fill is decided on the first bar where both SMAs exist or later (bar 49, 1997-11-17)
    assertThat(json.get("first_fill_date").asText()).isGreaterThan("1997-11-17");
    assertThat(json.get("last_fill_date").asText()).isLessThanOrEqualTo("2019-10-18");
  }

  @Test
  void backtest_es1UnderStrict_failsWithExit1_listingTheRows() {
    TestCommands.Captured r = run("backtest", "--bars", es1(), "--fast", "10", "--slow", "50", "--json");

    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.err()).contains("--policy repair");
  }

  @Test
  void backtest_fastNotShorterThanSlow_isAUsageError() {
    TestCommands.Captured r = run("backtest", "--bars", es1(), "--fast", "50", "--slow", "10");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err()).contains("--fast (50) must be shorter than --slow (10)");
  }

  @Test
  void backtest_unknownStrategy_isAUsageError() {
    TestCommands.Captured r = run("backtest", "--bars", es1(), "--strategy", "rsi", "--fast", "5", "--slow", "10");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err()).contains("--strategy must be sma-cross");
  }
}
