package dev.quantsdk.discovery.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.discovery.stats.BenjaminiHochberg;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class CycleScanTest {

  private static final CycleScan SCAN = CycleScan.of(PeriodogramCycleDetector.redNoise().withSurrogates(199));

  private static TreeMap<String, ActivitySeries> members() {
    SplittableRandom rng = new SplittableRandom(2024);
    TreeMap<String, ActivitySeries> m = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      double[] x = Simulations.ar1(rng, 512, 0.3);
      if (i == 17) {
        for (int t = 0; t < x.length; t++) {
          x[t] += 1.0 * Math.cos(2 * Math.PI * t / 64);
        }
      }
      m.put(String.format("M%02d", i), Simulations.asSeries(x));
    }
    m.put("Z-idle", ActivitySeries.of(Simulations.START, ActivitySeries.DayBasis.CALENDAR,
        ActivitySeries.Weighting.COUNT, new double[512]));
    return m;
  }

  @Test
  void run_findsOnlyThePlantedCycle_amongThirtyMembers() {
    CycleScan.Report report = SCAN.run(members(), 1);
    assertThat(report.significant()).extracting(CycleScan.Finding::politicianId).containsExactly("M17");
    CycleScan.Finding f = report.significant().get(0);
    assertThat(f.result().periodDays()).isEqualTo(64.0);
    assertThat(f.confidence()).isEqualTo(1 - f.qValue());
    assertThat(f.description()).startsWith("Strong 64-day cycle detected (q = ");
    // q-values are Benjamini–Hochberg over the 30 members analysed
    double[] p = report.findings().stream().mapToDouble(x -> x.result().falseAlarmProbability()).toArray();
    assertThat(report.findings()).extracting(CycleScan.Finding::qValue)
        .containsExactly(Arrays.stream(BenjaminiHochberg.qValues(p)).boxed().toArray(Double[]::new));
  }

  @Test
  void run_collectsFailures_withoutLosingTheOthers() {
    CycleScan.Report report = SCAN.run(members(), 1);
    assertThat(report.findings()).hasSize(30);
    assertThat(report.failures()).singleElement().satisfies(f -> {
      assertThat(f.politicianId()).isEqualTo("Z-idle");
      assertThat(f.message()).contains("no variation");
    });
  }

  @Test
  void run_isIdentical_sequentiallyAndOnAnExecutor() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThat(SCAN.run(members(), 9, pool)).isEqualTo(SCAN.run(members(), 9));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void description_namesCalendarCyclesAndNonFindings() {
    CycleDetector.Result quarterly = new CycleDetector.Result(91.0, 1 / 91.0, 20, 0.3, 1.5, 0.1, 1e-5, 1e-4,
        CycleDetector.Method.FFT_PERIODOGRAM, CycleDetector.NullModel.AR1_RESIDUAL_BOOTSTRAP, 300, 200, false,
        Optional.of(CalendarCycle.QUARTERLY));
    assertThat(new CycleScan.Finding("P", quarterly, 0.003, 0.05).description())
        .isEqualTo("Strong 91-day cycle detected (quarterly calendar cycle, q = 0.003)");
    assertThat(new CycleScan.Finding("P", quarterly, 0.03, 0.05).description())
        .isEqualTo("Moderate 91-day cycle detected (quarterly calendar cycle, q = 0.03)");
    CycleDetector.Result weak = new CycleDetector.Result(12.4, 1 / 12.4, 4, 0.02, 0.1, 0.1, 0.2, 0.9,
        CycleDetector.Method.FFT_PERIODOGRAM, CycleDetector.NullModel.AR1_RESIDUAL_BOOTSTRAP, 300, 200, false,
        Optional.empty());
    assertThat(new CycleScan.Finding("P", weak, 0.41, 0.05).description())
        .isEqualTo("No significant cycle (strongest candidate 12-day, q = 0.41)");
  }
}
