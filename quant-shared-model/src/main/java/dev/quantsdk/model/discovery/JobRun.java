package dev.quantsdk.model.discovery;

import dev.quantsdk.model.ArgChecker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of a job (an import, a discovery batch): table {@code job_runs}, for job duration and
 * success rate. Written by whoever runs the job (roles {@code quant_app} and {@code quant_discovery}).
 *
 * <p>A run starts {@link JobStatus#RUNNING} and is {@linkplain #finish finished} once with its item
 * counts. Mutable and not thread-safe (a JPA entity); equality is by id.
 */
@Entity
@Table(name = "job_runs")
public class JobRun {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "kind", nullable = false, length = 60)
  private String kind;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "status", nullable = false, length = 20)
  private JobStatus status;

  @Column(name = "items_ok", nullable = false)
  private int itemsOk;

  @Column(name = "items_failed", nullable = false)
  private int itemsFailed;

  @Column(name = "message", length = 2000)
  private String message;

  /** For JPA only. */
  protected JobRun() {
  }

  /**
   * Starts a run with a random id.
   *
   * @param kind the job kind such as "discovery.fourier" or "import.house", at most 60 characters
   * @param startedAt when it started
   * @throws IllegalArgumentException if the kind is blank or too long
   */
  public JobRun(String kind, Instant startedAt) {
    this.id = UUID.randomUUID();
    this.kind = Columns.text(kind, 60, "kind");
    this.startedAt = ArgChecker.notNull(startedAt, "startedAt");
    this.status = JobStatus.RUNNING;
  }

  /**
   * Finishes the run; the status follows from the counts ({@link JobStatus#fromCounts}).
   *
   * @param at when it finished, not before the start
   * @param ok the items that succeeded, {@code >= 0}
   * @param failed the items that failed, {@code >= 0}
   * @param note a summary message, at most 2000 characters, or null
   * @throws IllegalStateException if already finished
   * @throws IllegalArgumentException if a count is negative or the end precedes the start
   */
  public void finish(Instant at, int ok, int failed, String note) {
    if (status != JobStatus.RUNNING) {
      throw new IllegalStateException("job run " + id + " is already finished with status " + status);
    }
    ArgChecker.notNull(at, "at");
    ArgChecker.isTrue(!at.isBefore(startedAt), "finish time %s is before start time %s", at, startedAt);
    this.itemsOk = ArgChecker.notNegative(ok, "ok");
    this.itemsFailed = ArgChecker.notNegative(failed, "failed");
    this.message = Columns.optionalText(note, 2000, "note");
    this.finishedAt = at;
    this.status = JobStatus.fromCounts(ok, failed);
  }

  /**
   * Finishes the run as {@link JobStatus#FAILED} (an abort), keeping the counts so far.
   *
   * @param at when it was aborted
   * @param ok the items that succeeded before the abort
   * @param failed the items that failed before the abort
   * @param reason why, at most 2000 characters
   * @throws IllegalStateException if already finished
   */
  public void abort(Instant at, int ok, int failed, String reason) {
    finish(at, ok, failed, Columns.text(reason, 2000, "reason"));
    this.status = JobStatus.FAILED;
  }

  /** @return the id */
  public UUID getId() {
    return id;
  }

  /** @return the job kind */
  public String getKind() {
    return kind;
  }

  /** @return when it started */
  public Instant getStartedAt() {
    return startedAt;
  }

  /** @return when it finished, absent while running */
  public Optional<Instant> getFinishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  /** @return the duration, absent while running */
  public Optional<Duration> getDuration() {
    return getFinishedAt().map(end -> Duration.between(startedAt, end));
  }

  /** @return the status */
  public JobStatus getStatus() {
    return status;
  }

  /** @return the items that succeeded */
  public int getItemsOk() {
    return itemsOk;
  }

  /** @return the items that failed */
  public int getItemsFailed() {
    return itemsFailed;
  }

  /** @return the summary message, if any */
  public Optional<String> getMessage() {
    return Optional.ofNullable(message);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof JobRun that && id.equals(that.id));
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "JobRun[" + id + ", " + kind + ", " + status + "]";
  }
}
