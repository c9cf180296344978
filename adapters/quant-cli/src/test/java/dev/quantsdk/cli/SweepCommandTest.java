package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code quant sweep} in process on the bundled ES1 file. */
class SweepCommandTest {

  @TempDir
  Path dir;

  private TestCommands.Captured run(String... args) {
    return BacktestCommandTest.run(dir, args);
  }

  private static String es1() {
    return BacktestCommandTest.es1();
  }

  private JsonNode sweep(String threads) throws IOException {
    TestCommands.Captured r = run("sweep", "--bars", es1(), "--policy", "repair", "--fast", "5:50:5", "--slow",
        "20:200:10", "--commission", "2.50", "--slippage-ticks", "1", "--threads", threads, "--json");
    assertThat(r.exitCode).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void sweep_issueRanges_everyValidCombination_bestAndDeflatedSharpe() throws IOException {
    JsonNode json = sweep("2");

    // 10 fast x 19 slow windows = 190 pairs; fast >= slow for slow 20 (fast 20..50: 7), slow 30 (30..50: 5),
    // slow 40 (40..50: 3) and slow 50 (50: 1)
    assertThat(json.get("skipped").asInt()).isEqualTo(16);
    assertThat(json.get("trials").asInt()).isEqualTo(174);
    JsonNode combos = json.get("combinations");
    assertThat(combos).hasSize(174);
    assertThat(combos.get(0).get("fast").asInt()).isEqualTo(5);
    assertThat(combos.get(0).get("slow").asInt()).isEqualTo(20);
    double top = Double.NEGATIVE_INFINITY;
    for (JsonNode c : combos) {
      assertThat(c.get("fast").asInt()).isLessThan(c.get("slow").asInt());
      top = Math.max(top, c.get("sharpe").asDouble());
    }
    JsonNode best = json.get("best");
    assertThat(best.get("sharpe").asDouble()).isEqualTo(top);
    double dsr = json.get("deflated_sharpe").asDouble();
    assertThat(dsr).isBetween(0.0, 1.0).isLessThan(best.get("probabilistic_sharpe").asDouble());
    assertThat(best.get("deflated_sharpe").asDouble()).isEqualTo(dsr);
    assertThat(json.get("trial_sharpe_variance").asDouble()).isPositive();
  }

  @Test
  void sweep_oneThreadAndTwoThreads_printTheSameJson() throws IOException {
    assertThat(sweep("1")).isEqualTo(sweep("2"));
  }

  @Test
  void sweep_bestEqualsTheBacktestOfItsWindows() throws IOException {
    JsonNode best = sweep("2").get("best");

    TestCommands.Captured r = run("backtest", "--bars", es1(), "--policy", "repair", "--fast",
        best.get("fast").asText(), "--slow", best.get("slow").asText(), "--commission", "2.50", "--slippage-ticks",
        "1", "--json");
    JsonNode backtest = new ObjectMapper().readTree(r.out());

    for (String key : List.of("fills", "round_trips", "fees", "net_pnl", "sharpe", "max_drawdown")) {
      assertThat(backtest.get(key).asDouble()).as(key).isCloseTo(best.get(key).asDouble(), within(0.0));
    }
  }

  @Test
  void sweep_malformedRange_isAUsageError() {
    TestCommands.Captured r = run("sweep", "--bars", es1(), "--fast", "5:x", "--slow", "20:200:10");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err()).contains("--fast").contains("'x' is not a whole number");
  }
}
