package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code quant features} on the bundled ES1 file and checks cells against computations made
 * here from the CSV text itself (split on commas), independent of the SDK's loaders and kernels.
 */
class FeaturesCommandTest {

  private static final double TOLERANCE = 1e-9;
  private static final List<String> HEADER = List.of("date", "sma_10", "ema_20", "rsi_14", "atr_14",
      "bb_upper_20_2", "bb_middle_20_2", "bb_lower_20_2", "macd_12_26_9", "macd_signal_12_26_9",
      "macd_hist_12_26_9");

  @TempDir
  Path workingDirectory;

  private List<String[]> es1;

  private static Path dataFile(String relative) {
    return Path.of(System.getProperty("quant.data.dir")).resolve(relative);
  }

  @BeforeEach
  void readEs1() throws IOException {
    List<String> lines = Files.readAllLines(dataFile("futures/ES1_front_month_daily.csv"), StandardCharsets.UTF_8);
    es1 = lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }

  private TestCommands.Captured run(String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), false);
    captured.exitCode = QuantCli.run(List.of(args), captured.context);
    return captured;
  }

  private List<String[]> features(String... extra) throws IOException {
    String[] base = {"features", "--bars", dataFile("futures/ES1_front_month_daily.csv").toString(),
        "--policy", "repair", "--indicators", "sma(10),ema(20),rsi(14),atr(14),bollinger(20,2),macd(12,26,9)",
        "--out", "features.csv"};
    String[] args = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    TestCommands.Captured result = run(args);
    assertThat(result.exitCode).as(result.err()).isZero();
    return Files.readAllLines(workingDirectory.resolve("features.csv"), StandardCharsets.UTF_8).stream()
        .map(l -> l.split(",", -1)).toList();
  }

  @Test
  void features_es1_oneRowPerBar_withTheNamedColumns() throws IOException {
    List<String[]> rows = features();

    assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
    assertThat(rows).hasSize(es1.size() + 1);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i)).hasSize(HEADER.size());
      assertThat(rows.get(i)[0]).isEqualTo(es1.get(i - 1)[0]);
    }
  }

  @Test
  void features_es1_sma10_matchesAHandSumOfTheCloses_andWarmUpCellsAreEmpty() throws IOException {
    List<String[]> rows = features();

    for (int bar = 0; bar < 9; bar++) {
      assertThat(rows.get(bar + 1)[1]).as("sma_10 warm-up at bar %d", bar).isEmpty();
    }
    // rows 1..19 of bollinger(20) and rows 1..13 of rsi/atr(14) are warm-up too
    assertThat(rows.get(19)[5]).isEmpty();
    assertThat(rows.get(20)[5]).isNotEmpty();
    for (int bar = 9; bar < 40; bar++) {
      double sum = 0;
      for (int j = bar - 9; j <= bar; j++) {
        sum += Double.parseDouble(es1.get(j)[4]);
      }
      assertThat(Double.parseDouble(rows.get(bar + 1)[1])).as("sma_10 at bar %d", bar).isCloseTo(sum / 10, within(TOLERANCE));
    }
  }

  @Test
  void features_es1_bollingerMiddleIsTheSma20_andBandsArePlusMinusTwoPopulationSd() throws IOException {
    List<String[]> rows = features();

    int bar = 100;
    double sum = 0;
    double sumSq = 0;
    for (int j = bar - 19; j <= bar; j++) {
      double c = Double.parseDouble(es1.get(j)[4]);
      sum += c;
      sumSq += c * c;
    }
    double mean = sum / 20;
    double sd = Math.sqrt(sumSq / 20 - mean * mean);
    String[] row = rows.get(bar + 1);
    assertThat(Double.parseDouble(row[6])).isCloseTo(mean, within(1e-6));
    assertThat(Double.parseDouble(row[5])).isCloseTo(mean + 2 * sd, within(1e-6));
    assertThat(Double.parseDouble(row[7])).isCloseTo(mean - 2 * sd, within(1e-6));
  }

  /**
   * First non-empty row (0-based bar) of each column: the warm-ups of docs/futures.md (SMA, EMA,
   * ATR, Bollinger n - 1; RSI n; MACD line l - 1, signal and histogram l + g - 2).
   */
  @Test
  void features_es1_everyColumnIsEmptyExactlyDuringItsWarmUp() throws IOException {
    List<String[]> rows = features();
    int[] firstBar = {9, 19, 14, 13, 19, 19, 19, 25, 33, 33};

    for (int c = 0; c < firstBar.length; c++) {
      for (int bar = 0; bar < 60; bar++) {
        String cell = rows.get(bar + 1)[c + 1];
        if (bar < firstBar[c]) {
          assertThat(cell).as("%s at bar %d", HEADER.get(c + 1), bar).isEmpty();
        } else {
          assertThat(cell).as("%s at bar %d", HEADER.get(c + 1), bar).isNotEmpty();
        }
      }
    }
  }

  /** EMA(20) and the MACD line by the textbook recursion e = e + 2/(n+1) (x - e), e0 = x0, over the CSV closes. */
  @Test
  void features_es1_emaAndMacdLine_matchTheRecursionOverTheCloses() throws IOException {
    List<String[]> rows = features();
    double ema20 = Double.parseDouble(es1.get(0)[4]);
    double ema12 = ema20;
    double ema26 = ema20;
    for (int bar = 1; bar < 300; bar++) {
      double close = Double.parseDouble(es1.get(bar)[4]);
      ema20 += 2.0 / 21 * (close - ema20);
      ema12 += 2.0 / 13 * (close - ema12);
      ema26 += 2.0 / 27 * (close - ema26);
      if (bar >= 25) {
        assertThat(Double.parseDouble(rows.get(bar + 1)[2])).as("ema_20 at %d", bar).isCloseTo(ema20, within(1e-7));
        assertThat(Double.parseDouble(rows.get(bar + 1)[8])).as("macd at %d", bar)
            .isCloseTo(ema12 - ema26, within(1e-7));
      }
    }
  }

  @Test
  void features_priceSettle_readsTheSettleColumn() throws IOException {
    TestCommands.Captured result = run("features", "--bars", dataFile("futures/ES1_front_month_daily.csv").toString(),
        "--policy", "repair", "--price", "settle", "--indicators", "sma(5)", "--out", "settle.csv");

    assertThat(result.exitCode).as(result.err()).isZero();
    List<String[]> rows = Files.readAllLines(workingDirectory.resolve("settle.csv"), StandardCharsets.UTF_8).stream()
        .map(l -> l.split(",", -1)).toList();
    assertThat(rows.get(0)).containsExactly("date", "sma_5");
    // checked on the windows whose Settle sum differs from the Last sum, so the column choice shows
    int checked = 0;
    for (int bar = 4; bar < es1.size(); bar++) {
      double settleSum = 0;
      double closeSum = 0;
      for (int j = bar - 4; j <= bar; j++) {
        settleSum += Double.parseDouble(es1.get(j)[6]);
        closeSum += Double.parseDouble(es1.get(j)[4]);
      }
      if (Math.abs(settleSum - closeSum) > 1) {
        assertThat(Double.parseDouble(rows.get(bar + 1)[1])).as("sma_5 of settles at bar %d", bar)
            .isCloseTo(settleSum / 5, within(TOLERANCE));
        checked++;
      }
    }
    assertThat(checked).as("bars whose settle SMA differs from the close SMA").isGreaterThan(100);
  }

  @Test
  void features_badIndicator_exits2_andStrictOnEs1_exits1() {
    TestCommands.Captured unknown = run("features", "--bars", "x.csv", "--indicators", "sma(10),foo(3)",
        "--out", "o.csv");
    TestCommands.Captured arity = run("features", "--bars", "x.csv", "--indicators", "macd(12,26)",
        "--out", "o.csv");
    TestCommands.Captured strict = run("features", "--bars", dataFile("futures/ES1_front_month_daily.csv").toString(),
        "--indicators", "sma(10)", "--out", "o.csv");

    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown indicator 'foo'");
    assertThat(arity.exitCode).isEqualTo(2);
    assertThat(arity.err()).contains("macd takes 3 argument(s) but got 2");
    assertThat(strict.exitCode).isEqualTo(1);
    assertThat(strict.err()).contains("row 31 (1997-10-21)");
    assertThat(workingDirectory.resolve("o.csv")).doesNotExist();
  }
}
