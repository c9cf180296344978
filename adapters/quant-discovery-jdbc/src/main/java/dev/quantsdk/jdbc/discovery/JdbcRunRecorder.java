package dev.quantsdk.jdbc.discovery;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.RunRecorder;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@link RunRecorder} on the {@code job_runs} table: a run is inserted as {@code RUNNING} when it
 * starts and updated to {@code SUCCEEDED} (no failure), {@code PARTIAL} (some items failed) or
 * {@code FAILED} (every item failed) with its item counts and the first failures as its message.
 * Thread-safe.
 */
public final class JdbcRunRecorder implements RunRecorder {

  private static final int MESSAGE_LIMIT = 2000;

  private final DataSource dataSource;

  /**
   * Creates the recorder.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   */
  public JdbcRunRecorder(DataSource dataSource) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
  }

  @Override
  public void started(String runId, String kind, Instant startedAt) {
    SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO job_runs (id, kind, started_at, "
          + "status, items_ok, items_failed) VALUES (?, ?, ?, 'RUNNING', 0, 0)")) {
        ps.setObject(1, UUID.fromString(runId));
        ps.setString(2, kind);
        ps.setTimestamp(3, Timestamp.from(startedAt));
        ps.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void finished(DiscoveryReport report) {
    String status = report.failed() == 0 ? "SUCCEEDED"
        : report.succeeded() == 0 ? "FAILED" : "PARTIAL";
    String message = report.failures().stream()
        .map(f -> f.politician() + ": " + f.reason())
        .collect(Collectors.joining("; "));
    SqlSupport.inTransaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE job_runs SET finished_at = ?, "
          + "status = ?, items_ok = ?, items_failed = ?, message = ? WHERE id = ?")) {
        ps.setTimestamp(1, Timestamp.from(report.finishedAt()));
        ps.setString(2, status);
        ps.setInt(3, report.succeeded());
        ps.setInt(4, report.failed());
        ps.setString(5, message.isEmpty() ? null
            : message.substring(0, Math.min(MESSAGE_LIMIT, message.length())));
        ps.setObject(6, UUID.fromString(report.runId()));
        ps.executeUpdate();
      }
      return null;
    });
  }
}
