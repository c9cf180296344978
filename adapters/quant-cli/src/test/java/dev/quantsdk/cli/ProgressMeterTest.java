package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AtomicLong clock = new AtomicLong(5_000L);

  private ProgressMeter meter(boolean terminal) {
    return new ProgressMeter(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal, clock::get,
        "imported", "rows");
  }

  private String written() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void advance(long amount, TimeUnit unit) {
    clock.addAndGet(unit.toNanos(amount));
  }

  @Test
  void update_redrawsOneLineWithAnEstimatedTotal_onATerminal() {
    ProgressMeter meter = meter(true);
    advance(100, TimeUnit.MILLISECONDS);

    // 12,000 rows after three quarters of the bytes: total ~ 12,000 / 0.75 = 16,000
    meter.update(12_000, 0.75);

    assertThat(written()).isEqualTo("\rimported 12,000 / ~16,000 rows");
  }

  @Test
  void update_drawsAtMostOncePerInterval_onATerminal() {
    ProgressMeter meter = meter(true);
    meter.update(1, 0.1);
    advance(100, TimeUnit.MILLISECONDS);
    meter.update(2, 0.2);
    advance(50, TimeUnit.MILLISECONDS);
    meter.update(3, 0.3);
    advance(50, TimeUnit.MILLISECONDS);
    meter.update(4, 0.4);

    assertThat(written()).isEqualTo("\rimported 2 / ~10 rows\rimported 4 / ~10 rows");
  }

  @Test
  void finish_writesTheFinalCountPaddedOverTheLongerLine_andEndsTheLine() {
    ProgressMeter meter = meter(true);
    advance(1, TimeUnit.SECONDS);
    meter.update(12_000, 0.5);
    meter.finish(24_000);

    String progress = "\rimported 12,000 / ~24,000 rows";
    String last = "\rimported 24,000 rows";
    int padding = progress.length() - last.length();
    assertThat(written()).isEqualTo(progress + last + " ".repeat(padding) + "\n");
  }

  @Test
  void meter_staysSilent_forShortRunsWhenStderrIsNotATerminal() {
    ProgressMeter meter = meter(false);
    for (int i = 1; i <= 9; i++) {
      advance(1, TimeUnit.SECONDS);
      meter.update(i * 1_000L, i / 10.0);
    }
    meter.finish(10_000);

    assertThat(written()).isEmpty();
  }

  @Test
  void meter_writesWholeLinesEveryTenSeconds_forLongRunsWhenStderrIsNotATerminal() {
    ProgressMeter meter = meter(false);
    for (int second = 1; second <= 25; second++) {
      advance(1, TimeUnit.SECONDS);
      meter.update(second * 1_000L, second / 50.0);
    }
    meter.finish(50_000);

    assertThat(written()).isEqualTo(String.format(
        "imported 10,000 / ~50,000 rows%nimported 20,000 / ~50,000 rows%nimported 50,000 rows%n"));
  }

  @Test
  void finish_doesNotRepeatTheLastLine_whenItAlreadyShowsTheFinalCount() {
    ProgressMeter meter = meter(false);
    advance(10, TimeUnit.SECONDS);
    meter.update(14_796, 1.0);
    meter.finish(14_796);

    assertThat(written()).isEqualTo(String.format("imported 14,796 rows%n"));
  }

  @Test
  void update_omitsTheEstimate_whenTheInputIsConsumed() {
    ProgressMeter meter = meter(true);
    advance(1, TimeUnit.SECONDS);
    meter.update(300, 1.0);

    assertThat(written()).isEqualTo("\rimported 300 rows");
  }

  @Test
  void update_rejectsNegativeCountsAndFractionsOutsideZeroToOne() {
    ProgressMeter meter = meter(true);

    assertThatThrownBy(() -> meter.update(-1, 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("done");
    assertThatThrownBy(() -> meter.update(1, 1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fractionOfInput");
  }
}
