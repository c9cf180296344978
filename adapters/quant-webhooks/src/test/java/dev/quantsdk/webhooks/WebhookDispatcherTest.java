package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dispatcher's own rules; its delivery contract runs in {@link WebhookDeliveryContract}. */
class WebhookDispatcherTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"),
      ZoneOffset.UTC);

  @TempDir
  Path dir;

  private static WebhookDispatcher unconnected(int maxInFlight) {
    return new WebhookDispatcher(new JdbcDataSource(), WebhookDispatcher.defaultClient(), CLOCK,
        RetryPolicy.DEFAULT, Duration.ofSeconds(10), maxInFlight);
  }

  /** ceil(rows / maxInFlight) rounds of 2 x 10 s, plus 30 s. */
  @ParameterizedTest
  @CsvSource({"1, 8, 50", "8, 8, 50", "9, 8, 70", "100, 8, 290", "100, 1, 2030", "3, 256, 50"})
  void lease_coversTheSlowestRoundsOfABatch(int rows, int maxInFlight, long seconds) {
    assertThat(unconnected(maxInFlight).lease(rows)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void dispatch_keepsAtMostMaxInFlightRequestsOpen() {
    try (MigratedDatabase db = new MigratedDatabase(TestDatabases.h2(dir));
        TestReceiver receiver = new TestReceiver()) {
      assertThat(db.queueForOneReceiver(receiver.url("/hook"), 24, CLOCK.instant())).isEqualTo(24);
      receiver.answer(r -> new TestReceiver.Answer(200, 40));
      WebhookDispatcher dispatcher = new WebhookDispatcher(db.dataSource,
          WebhookDispatcher.defaultClient(), CLOCK, RetryPolicy.DEFAULT, Duration.ofSeconds(5), 3);
      assertThat(dispatcher.dispatchAllDue(100))
          .isEqualTo(new WebhookDispatcher.Summary(24, 24, 0));
      assertThat(receiver.maxConcurrent.get()).isBetween(1, 3);
    }
  }

  @Test
  void constructor_andBatches_refuseOutOfRangeValues() {
    assertThatThrownBy(() -> unconnected(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInFlight");
    assertThatThrownBy(() -> new WebhookDispatcher(new JdbcDataSource(),
        WebhookDispatcher.defaultClient(), CLOCK, RetryPolicy.DEFAULT, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> unconnected(8).dispatchDue(WebhookDispatcher.MAX_BATCH + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBatch");
    assertThatThrownBy(() -> new WebhookDispatcher.Summary(1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceed");
  }
}
