package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
      int queued = db.queueForOneReceiver(receiver.url("/hook"), 25, Instant.now());

      RecurringTask<Void> task = WebhookTasks.dispatcher(EVERY,
          WebhookDispatcher.of(db.dataSource), 10);
      assertThat(task.getName()).isEqualTo(WebhookTasks.TASK_NAME);
      Scheduler scheduler = Scheduler.create(db.dataSource).startTasks(task)
          .pollingInterval(Duration.ofMillis(100)).threads(2).build();
      scheduler.start();
      try {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (receiver.processed.size() < queued && Instant.now().isBefore(deadline)) {
          Thread.sleep(50);
        }
      } finally {
        scheduler.stop();
      }
      assertThat(receiver.processed).hasSize(queued);
      assertThat(receiver.requests).hasSize(queued);
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
