package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatch task run by a real db-scheduler on H2, delivering to a loopback receiver. */
class WebhookTasksTest {

  private static final Duration EVERY = Duration.ofMillis(200);
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @TempDir
  Path dir;

  @Test
  void dispatcherTask_runByDbScheduler_deliversEveryQueuedRow() throws Exception {
    try (MigratedDatabase db = new MigratedDatabase(TestDatabases.h2(dir));
        TestReceiver receiver = new TestReceiver()) {
      new WebhookEndpoints(db.dataSource, Clock.systemUTC())
          .add(receiver.url("/hook"), "0123456789abcdef0123456789abcdef", 0.5);
      List<WebhookOutbox.Anomaly> anomalies = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        anomalies.add(new WebhookOutbox.Anomaly(UUID.randomUUID(), "key-" + i,
            MigratedDatabase.POLITICIAN, Optional.empty(), "t" + i, 0.9, Map.of(),
            LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), Instant.now()));
      }
      Jdbc.transaction(db.dataSource, c -> WebhookOutbox.enqueue(c, DatabaseVendor.H2, anomalies,
          Instant.now()));

      RecurringTask<Void> task = WebhookTasks.dispatcher(EVERY,
          WebhookDispatcher.of(db.dataSource), 10);
      assertThat(task.getName()).isEqualTo(WebhookTasks.TASK_NAME);
      Scheduler scheduler = Scheduler.create(db.dataSource).startTasks(task)
          .pollingInterval(Duration.ofMillis(100)).threads(2).build();
      scheduler.start();
      try {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (receiver.processed.size() < anomalies.size() && Instant.now().isBefore(deadline)) {
          Thread.sleep(50);
        }
      } finally {
        scheduler.stop();
      }
      assertThat(receiver.processed).hasSize(anomalies.size());
      assertThat(receiver.requests).hasSize(anomalies.size());
      assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NULL"))
          .isZero();
      assertThat(db.count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = '"
          + WebhookTasks.TASK_NAME + "'")).isEqualTo(1);
    }
  }

  @Test
  void dispatcher_refusesANonPositiveDelayAndABadBatch() {
    WebhookDispatcher any = WebhookDispatcher.of(new org.h2.jdbcx.JdbcDataSource());
    assertThatThrownBy(() -> WebhookTasks.dispatcher(Duration.ZERO, any))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("every");
    assertThatThrownBy(() -> WebhookTasks.dispatcher(EVERY, any, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize");
  }
}
