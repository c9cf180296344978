package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code quant paper replay} in process on a hand-computed file and on the bundled ES1. */
class PaperCommandTest {

  @TempDir
  Path dir;

  /**
   * The ten bars of {@link BacktestCommandTest}'s hand case (p = close; fast 2, slow 3, long-short, 1
   * contract, 50 USD a point, tick 0.25, 2.50 commission, 1 tick slippage), by hand:
   * <pre>
   *   buy 1 on 2020-01-06 at 102 + 0.25 = 102.25, fee 2.50
   *   sell 2 on 2020-01-08 at 99 - 0.25 = 98.75, fee 5.00
   *   buy 2 on 2020-01-13 at 101 + 0.25 = 101.25, fee 5.00
   *   final equity 99,825 (net -175, fees 12.50), long 1 at the end
   * </pre>
   */
  @Test
  void replay_handFile_printsTheHandComputedFills() throws IOException {
    BacktestCommandTest.writeHandFile(dir.resolve("hand.csv"));

    TestCommands.Captured r = BacktestCommandTest.run(dir, "paper", "replay", "--bars", "hand.csv", "--format", "csv",
        "--strategy", "sma-cross", "--fast", "2", "--slow", "3", "--contracts", "1", "--multiplier", "50",
        "--tick-size", "0.25", "--commission", "2.50", "--slippage-ticks", "1", "--capital", "100000", "--json");

    assertThat(r.exitCode).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("bars").asInt()).isEqualTo(10);
    assertThat(json.get("orders").asInt()).isEqualTo(3);
    assertThat(json.get("rejected").asInt()).isZero();
    JsonNode fills = json.get("fills");
    assertThat(fills).hasSize(3);
    assertThat(fills.get(0).toString())
        .isEqualTo("{\"date\":\"2020-01-06\",\"side\":\"buy\",\"quantity\":1,\"price\":102.25,\"fee\":2.5}");
    assertThat(fills.get(1).toString())
        .isEqualTo("{\"date\":\"2020-01-08\",\"side\":\"sell\",\"quantity\":2,\"price\":98.75,\"fee\":5.0}");
    assertThat(fills.get(2).toString())
        .isEqualTo("{\"date\":\"2020-01-13\",\"side\":\"buy\",\"quantity\":2,\"price\":101.25,\"fee\":5.0}");
    assertThat(json.get("fees").asDouble()).isEqualTo(12.5);
    assertThat(json.get("final_equity").asDouble()).isEqualTo(99_825);
    assertThat(json.get("net_pnl").asDouble()).isEqualTo(-175);
    assertThat(json.get("position").asInt()).isEqualTo(1);
  }

  @Test
  void replay_es1_printsTheBacktestsFillCountAndEquity() throws IOException {
    String[] options = {"--bars", BacktestCommandTest.es1(), "--policy", "repair", "--fast", "10", "--slow", "50",
        "--commission", "2.5", "--slippage-ticks", "1", "--json"};
    List<String> paper = new ArrayList<>(List.of("paper", "replay"));
    paper.addAll(List.of(options));
    List<String> backtest = new ArrayList<>(List.of("backtest"));
    backtest.addAll(List.of(options));
    TestCommands.Captured p = BacktestCommandTest.run(dir, paper.toArray(String[]::new));
    TestCommands.Captured b = BacktestCommandTest.run(dir, backtest.toArray(String[]::new));
    assertThat(p.exitCode).as(p.err()).isZero();
    JsonNode pj = new ObjectMapper().readTree(p.out());
    JsonNode bj = new ObjectMapper().readTree(b.out());
    assertThat(pj.get("fills").size()).isEqualTo(bj.get("fills").asInt());
    assertThat(pj.get("final_equity").asDouble()).isEqualTo(bj.get("final_equity").asDouble());
    assertThat(pj.get("fees").asDouble()).isEqualTo(bj.get("fees").asDouble());
    assertThat(pj.get("fills").get(0).get("date").asText()).isEqualTo(bj.get("first_fill_date").asText());
  }

  @Test
  void replay_withAccount_storesTheFillsInTheDatabase() throws Exception {
    TestCommands.Captured r = BacktestCommandTest.run(dir, "paper", "replay", "--bars", BacktestCommandTest.es1(),
        "--policy", "repair", "--fast", "10", "--slow", "50", "--commission", "2.5", "--slippage-ticks", "1",
        "--account", "es1-demo", "--json");
    assertThat(r.exitCode).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("account").asText()).isEqualTo("es1-demo");
    try (CliDatabase db = CliDatabase.open(dev.quantsdk.persistence.DatabaseConfig.embeddedH2(
            dir.resolve(dev.quantsdk.persistence.DatabaseConfig.DEFAULT_H2_DIRECTORY)));
        java.sql.Connection c = db.dataSource().getConnection();
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(commission) FROM paper_fills")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(json.get("fills").size());
      assertThat(rs.getDouble(2)).isEqualTo(json.get("fees").asDouble());
    }
  }

  @Test
  void replay_withoutBars_isAUsageError() {
    TestCommands.Captured r = BacktestCommandTest.run(dir, "paper", "replay", "--fast", "10", "--slow", "50");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err()).contains("--bars");
  }
}
