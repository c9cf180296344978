package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.futures.backtest.SmaCrossBacktest;
import dev.quantsdk.futures.backtest.SmaCrossParams;
import dev.quantsdk.futures.backtest.SmaCrossResult;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code quant analyze} in process on the bundled ES1 file. */
class AnalyzeCommandTest {

  @TempDir
  Path dir;

  /**
   * ES1: 5,650 rows, 4 repaired (docs/futures.md); the backtest's numbers are the kernel's on the
   * repaired bars with ES's contract terms; the last bar's regime is NORMAL (percentile 0.489,
   * python3 fact in MarketIntelligenceTest).
   */
  @Test
  void analyze_es1_printsEveryStepAndTheKernelsBacktest() throws IOException {
    TestCommands.Captured r = BacktestCommandTest.run(dir, "analyze", "--bars",
        BacktestCommandTest.es1(), "--fast", "20", "--slow", "100", "--json");

    assertThat(r.exitCode).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("succeeded").asBoolean()).isTrue();
    assertThat(json.get("steps").findValuesAsText("step"))
        .containsExactly("ingest", "features", "model", "signals", "backtest", "report");
    assertThat(json.get("steps").findValuesAsText("status")).containsOnly("succeeded");
    assertThat(json.at("/ingest/bars").asInt()).isEqualTo(5650);
    assertThat(json.at("/ingest/issues").asInt()).isEqualTo(4);
    assertThat(json.at("/features/volatility_regime/regime").asText()).isEqualTo("NORMAL");
    SmaCrossResult direct = SmaCrossBacktest.run(ChrisCsvLoader.load(
        Path.of(BacktestCommandTest.es1()), ValidationPolicy.REPAIR).series(),
        SmaCrossParams.es(20, 100));
    assertThat(json.at("/backtest/fills").asInt()).isEqualTo(direct.fills().size());
    assertThat(json.at("/backtest/sharpe").asDouble()).isEqualTo(direct.metrics().sharpe());
    assertThat(json.at("/backtest/max_drawdown").asDouble())
        .isEqualTo(direct.metrics().maxDrawdown());
    assertThat(json.at("/model_backtest/strategy").asText()).isEqualTo("model-signal");
    assertThat(json.at("/model_backtest/contract").asText()).isEqualTo("ESZ2019");
    assertThat(json.get("signals").findValuesAsText("name"))
        .isEqualTo(List.of("model", "sma_cross"));
  }

  @Test
  void analyze_missingFile_reportsTheFailedIngestAndExits1() throws IOException {
    TestCommands.Captured r = BacktestCommandTest.run(dir, "analyze", "--bars", "nope.csv", "--json");

    assertThat(r.exitCode).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("succeeded").asBoolean()).isFalse();
    assertThat(json.at("/steps/0/status").asText()).isEqualTo("failed");
    assertThat(json.at("/steps/0/reason").asText()).contains("nope.csv");
    assertThat(json.at("/steps/1/reason").asText()).startsWith("skipped: step ingest failed");
    assertThat(json.has("ingest")).isFalse();
  }

  @Test
  void analyze_fastNotBelowSlow_isAUsageError() {
    TestCommands.Captured r = BacktestCommandTest.run(dir, "analyze", "--bars",
        BacktestCommandTest.es1(), "--fast", "50", "--slow", "50");

    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err()).contains("--fast (50) must be shorter than --slow (50)");
  }
}
