package dev.quantsdk.orchestration.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryFuturesStoreTest {

  private static BacktestRun run(String id, String strategy, String at, double sharpe) {
    return new BacktestRun(id, strategy, "ES", LocalDate.of(2010, 1, 4), LocalDate.of(2019, 10, 18),
        Map.of("fast", 50), Map.of("sharpe", sharpe), Instant.parse(at));
  }

  @Test
  void backtestRun_rejectsAnEquityCurveWhoseDatesDoNotIncrease() {
    List<ChartPoint> backwards = List.of(new ChartPoint(LocalDate.of(2019, 1, 3), 100_000.0),
        new ChartPoint(LocalDate.of(2019, 1, 2), 100_500.0));
    assertThatThrownBy(() -> new BacktestRun("x", "sma-cross", "ES", LocalDate.of(2019, 1, 2),
        LocalDate.of(2019, 1, 3), Map.of(), Map.of(), Instant.EPOCH, backwards))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must increase");
  }

  @Test
  void backtestRuns_replaceById_andListNewestFirst_upToTheLimit() {
    InMemoryFuturesStore store = new InMemoryFuturesStore();
    store.saveBacktestRun(run("a", "sma-cross", "2026-11-22T01:00:00Z", 0.1));
    store.saveBacktestRun(run("b", "sma-cross", "2026-11-22T03:00:00Z", 0.2));
    store.saveBacktestRun(run("c", "other", "2026-11-22T04:00:00Z", 0.3));
    store.saveBacktestRun(run("a", "sma-cross", "2026-11-22T02:00:00Z", 0.4));

    assertThat(store.backtestRuns("sma-cross", 10)).extracting(BacktestRun::id)
        .containsExactly("b", "a");
    assertThat(store.backtestRuns("sma-cross", 10).get(1).metrics()).containsEntry("sharpe", 0.4);
    assertThat(store.backtestRuns("sma-cross", 1)).extracting(BacktestRun::id).containsExactly("b");
    assertThat(store.backtestRuns("none", 5)).isEmpty();
    assertThat(store.backtestRun("c").map(BacktestRun::strategy)).contains("other");
    assertThat(store.backtestRun("z")).isEmpty();
  }
}
