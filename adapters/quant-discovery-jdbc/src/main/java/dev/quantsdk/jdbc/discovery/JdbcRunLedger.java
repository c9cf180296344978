package dev.quantsdk.jdbc.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.discovery.DiscoveryReport;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.orchestration.discovery.Findings;
import dev.quantsdk.persistence.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code job_runs} bookkeeping of a run spread over many tasks and workers (the discovery
 * workers' nightly run).
 *
 * <p>The run is one row ({@code discovery.nightly}); each politician's task records its outcome
 * once as its own row ({@value #MEMBER_KIND}, id derived from the task's instance id) and, in the
 * same transaction, moves the run's {@code items_ok} / {@code items_failed} counters. A task
 * delivered twice (a revived or retried execution) finds its row and changes the counters only if
 * its outcome changed, so the run's counts are the number of distinct politicians with an outcome:
 * no duplicates, and a gap shows as a count below the total. Needs the discovery role's grants.
 * Thread-safe.
 */
public final class JdbcRunLedger {

  /**
   * The kind of a politician's outcome row (ends in
   * {@value JdbcDiscoveryQueries#ITEM_KIND_SUFFIX}, so the default job listing leaves it out).
   */
  public static final String MEMBER_KIND =
      "discovery.nightly" + JdbcDiscoveryQueries.ITEM_KIND_SUFFIX;

  private static final int MESSAGE_LIMIT = 2000;
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
  };

  /** Where a run stands. */
  public enum RunState {
    /** The run was not recorded before this call. */
    NEW,
    /** The run is recorded and not finished. */
    RUNNING,
    /** The run is finished. */
    FINISHED
  }

  /**
   * A politician's recorded outcome.
   *
   * @param status {@code SUCCEEDED} or {@code FAILED}
   * @param message the recorded text ({@code name: reason} for a failure), empty on success
   */
  public record MemberOutcome(String status, Optional<String> message) {

    /**
     * Validates the outcome.
     *
     * @throws IllegalArgumentException if the status is blank
     */
    public MemberOutcome {
      ArgChecker.notBlank(status, "status");
      ArgChecker.notNull(message, "message");
    }

    /**
     * Whether the politician succeeded.
     *
     * @return true for {@code SUCCEEDED}
     */
    public boolean succeeded() {
      return status.equals("SUCCEEDED");
    }
  }

  private final DataSource dataSource;
  private final JdbcRunRecorder recorder;

  /**
   * Creates the ledger.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   */
  public JdbcRunLedger(DataSource dataSource) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
    this.recorder = new JdbcRunRecorder(dataSource);
  }

  /**
   * Records a run as {@code RUNNING} unless it is recorded already.
   *
   * @param runId the run's id
   * @param kind the run's kind
   * @param startedAt when it started
   * @return the run's state before this call
   */
  public RunState startRun(String runId, String kind, Instant startedAt) {
    Optional<String> status = inTransaction(c -> status(c, UUID.fromString(runId)));
    if (status.isPresent()) {
      return status.get().equals("RUNNING") ? RunState.RUNNING : RunState.FINISHED;
    }
    // one fan-out per date runs at a time (db-scheduler's lock), so nobody inserts in between
    recorder.started(runId, kind, startedAt);
    return RunState.NEW;
  }

  /**
   * Records one politician's outcome in a run, once: a repeated delivery replaces the row and
   * moves the run's counters only when the outcome changed.
   *
   * @param runId the run
   * @param memberRowId the outcome row's id (stable per politician and run)
   * @param startedAt when the politician's task started
   * @param finishedAt when it finished
   * @param failure the failure text ({@code name: reason}), empty on success
   * @return politicians with a recorded outcome in the run after this call
   * @throws IllegalStateException if the run is not recorded or the database fails
   */
  public int recordMember(String runId, String memberRowId, Instant startedAt, Instant finishedAt,
      Optional<String> failure) {
    UUID run = UUID.fromString(runId);
    UUID row = UUID.fromString(memberRowId);
    String status = failure.isPresent() ? "FAILED" : "SUCCEEDED";
    int ok = failure.isPresent() ? 0 : 1;
    return inTransaction(c -> {
      // lock the run row first: outcome rows and counters change under one lock per run
      Optional<String> runStatus = lockedStatus(c, run);
      if (runStatus.isEmpty()) {
        throw new IllegalStateException("run " + runId + " is not recorded in job_runs");
      }
      Optional<String> before = status(c, row);
      if (before.isPresent()) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM job_runs WHERE id = ?")) {
          ps.setObject(1, row);
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO job_runs (id, kind, "
          + "started_at, finished_at, status, items_ok, items_failed, message) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setObject(1, row);
        ps.setString(2, MEMBER_KIND);
        ps.setTimestamp(3, Timestamp.from(startedAt));
        ps.setTimestamp(4, Timestamp.from(max(startedAt, finishedAt)));
        ps.setString(5, status);
        ps.setInt(6, ok);
        ps.setInt(7, 1 - ok);
        ps.setString(8, failure.map(JdbcRunLedger::truncate).orElse(null));
        ps.executeUpdate();
      }
      if (before.isEmpty()) {
        moveCounters(c, run, ok, 1 - ok);
      } else if (!before.get().equals(status)) {
        moveCounters(c, run, 2 * ok - 1, 1 - 2 * ok);
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT items_ok + items_failed FROM job_runs WHERE id = ?")) {
        ps.setObject(1, run);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    });
  }

  /**
   * The recorded outcomes of some politicians' rows.
   *
   * @param memberRowIds the outcome rows' ids
   * @return the outcome per row id, for the rows that exist
   */
  public Map<String, MemberOutcome> memberOutcomes(List<String> memberRowIds) {
    return inTransaction(c -> {
      Map<String, MemberOutcome> out = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT status, message FROM job_runs WHERE id = ? AND kind = ?")) {
        for (String id : memberRowIds) {
          ps.setObject(1, UUID.fromString(id));
          ps.setString(2, MEMBER_KIND);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              out.put(id, new MemberOutcome(rs.getString(1),
                  Optional.ofNullable(rs.getString(2))));
            }
          }
        }
      }
      return out;
    });
  }

  /**
   * The cycle candidates a run's politicians stored ({@link DiscoveryService#CYCLE_CANDIDATE}).
   *
   * @param runId the run
   * @return the candidates, by politician id
   */
  public List<Findings.Pattern> candidates(String runId) {
    return inTransaction(c -> {
      List<Findings.Pattern> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT politician_id, strength, confidence, "
          + "parameters, description FROM pattern_discoveries WHERE run_id = ? "
          + "AND pattern_type = ? ORDER BY politician_id")) {
        ps.setObject(1, UUID.fromString(runId));
        ps.setString(2, DiscoveryService.CYCLE_CANDIDATE);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Findings.Pattern(rs.getObject(1, UUID.class).toString(),
                DiscoveryService.CYCLE_CANDIDATE, rs.getDouble(2), rs.getDouble(3),
                parse(rs.getString(4)), rs.getString(5)));
          }
        }
      }
      return out;
    });
  }

  /**
   * Counts the anomalies a run stored.
   *
   * @param runId the run
   * @param criticalSeverity the severity at or above which an anomaly is critical
   * @return {anomalies, critical anomalies}
   */
  public int[] anomalyCounts(String runId, double criticalSeverity) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(CASE WHEN "
          + "severity >= ? THEN 1 ELSE 0 END), 0) FROM anomaly_detections WHERE run_id = ?")) {
        ps.setDouble(1, criticalSeverity);
        ps.setObject(2, UUID.fromString(runId));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return new int[] {rs.getInt(1), rs.getInt(2)};
        }
      }
    });
  }

  /**
   * When a run started.
   *
   * @param runId the run
   * @return its start, empty if it is not recorded
   */
  public Optional<Instant> startedAt(String runId) {
    return inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT started_at FROM job_runs WHERE id = ?")) {
        ps.setObject(1, UUID.fromString(runId));
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant())
              : Optional.<Instant>empty();
        }
      }
    });
  }

  /**
   * Records a finished run: status, counts and failures from its report.
   *
   * @param report the run's report
   */
  public void finishRun(DiscoveryReport report) {
    recorder.finished(report);
  }

  /**
   * Records that a run failed as a whole (its finalising step exhausted its retries).
   *
   * @param runId the run
   * @param finishedAt when it was given up
   * @param reason why
   */
  public void failRun(String runId, Instant finishedAt, String reason) {
    inTransaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE job_runs SET finished_at = "
          + "CASE WHEN started_at > ? THEN started_at ELSE ? END, status = 'FAILED', message = ? "
          + "WHERE id = ?")) {
        ps.setTimestamp(1, Timestamp.from(finishedAt));
        ps.setTimestamp(2, Timestamp.from(finishedAt));
        ps.setString(3, truncate(reason));
        ps.setObject(4, UUID.fromString(runId));
        ps.executeUpdate();
      }
      return null;
    });
  }

  private static void moveCounters(Connection c, UUID run, int ok, int failed)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE job_runs SET items_ok = items_ok + ?, "
        + "items_failed = items_failed + ? WHERE id = ?")) {
      ps.setInt(1, ok);
      ps.setInt(2, failed);
      ps.setObject(3, run);
      ps.executeUpdate();
    }
  }

  private static Optional<String> status(Connection c, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT status FROM job_runs WHERE id = ?")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static Optional<String> lockedStatus(Connection c, UUID id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT status FROM job_runs WHERE id = ? FOR UPDATE")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static Instant max(Instant a, Instant b) {
    return b.isBefore(a) ? a : b;
  }

  private static String truncate(String s) {
    return s.length() <= MESSAGE_LIMIT ? s : s.substring(0, MESSAGE_LIMIT);
  }

  private static Map<String, Object> parse(String json) {
    try {
      return SqlSupport.JSON.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored pattern parameters cannot be read: "
          + e.getOriginalMessage(), e);
    }
  }

  private <T> T inTransaction(JdbcTransactions.Work<T> work) {
    return SqlSupport.inTransaction(dataSource, work);
  }
}
