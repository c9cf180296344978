package dev.quantsdk.webhooks;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.quantsdk.model.ArgChecker;
import java.time.Duration;

/**
 * The db-scheduler task that runs a {@link WebhookDispatcher} continuously: a recurring task
 * named {@value #TASK_NAME} with a fixed delay between runs. db-scheduler runs a recurring task
 * on one worker at a time; each run delivers everything due ({@link
 * WebhookDispatcher#dispatchAllDue(int, java.util.function.BooleanSupplier)}) and stops between
 * batches when the scheduler shuts down. A run that throws (database unreachable) is logged by
 * db-scheduler and the task runs again after the delay.
 *
 * <p>Stateless and thread-safe.
 */
public final class WebhookTasks {

  /** The task name in {@code scheduled_tasks}. */
  public static final String TASK_NAME = "quant-webhook-dispatch";

  /** The rows claimed per batch by the task. */
  public static final int DEFAULT_BATCH = 100;

  private WebhookTasks() {
  }

  /**
   * The recurring dispatch task with batches of {@value #DEFAULT_BATCH}.
   *
   * @param every the delay between the end of one run and the start of the next, positive
   * @param dispatcher the dispatcher to run
   * @return the task, to register with {@code Scheduler.create(dataSource).startTasks(task)}
   * @throws IllegalArgumentException if the delay is not positive
   */
  public static RecurringTask<Void> dispatcher(Duration every, WebhookDispatcher dispatcher) {
    return dispatcher(every, dispatcher, DEFAULT_BATCH);
  }

  /**
   * The recurring dispatch task.
   *
   * @param every the delay between the end of one run and the start of the next, positive
   * @param dispatcher the dispatcher to run
   * @param batchSize the rows claimed per batch, 1 to {@value WebhookDispatcher#MAX_BATCH}
   * @return the task, to register with {@code Scheduler.create(dataSource).startTasks(task)}
   * @throws IllegalArgumentException if the delay is not positive or the batch size is out of
   *     range
   */
  public static RecurringTask<Void> dispatcher(Duration every, WebhookDispatcher dispatcher,
      int batchSize) {
    ArgChecker.notNull(every, "every");
    ArgChecker.isTrue(!every.isNegative() && !every.isZero(), "every must be positive but was %s",
        every);
    ArgChecker.notNull(dispatcher, "dispatcher");
    ArgChecker.inRangeInclusive(batchSize, 1, WebhookDispatcher.MAX_BATCH, "batchSize");
    return Tasks.recurring(TASK_NAME, FixedDelay.of(every))
        .execute((instance, context) -> dispatcher.dispatchAllDue(batchSize,
            () -> !context.getSchedulerState().isShuttingDown()));
  }
}
