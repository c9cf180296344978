package dev.quantsdk.futures.jdbc;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.orchestration.futures.ChartPoint;
import dev.quantsdk.orchestration.futures.FuturesAnalysisReport;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.JdbcTransactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The futures facade's {@link FuturesStore} on the {@code futures_analyses},
 * {@code backtest_runs} and {@code backtest_equity} tables (migrations V3 and V9), with plain JDBC
 * on H2 or PostgreSQL.
 *
 * <p>An analysis report is stored whole as JSON ({@code report}; JSONB on PostgreSQL) beside the
 * columns a query needs (instrument, start, end, success); reading it back gives a report equal to
 * the one saved. A backtest run's parameters and metrics are JSON objects (numbers come back as
 * {@code Integer}, {@code Long} or {@code Double}, lists as lists; a non-finite metric such as an
 * infinite profit factor is stored as the JSON string {@code "Infinity"} and read back as the
 * double), its equity curve one {@code backtest_equity} row per point, written in JDBC batches.
 *
 * <p>Saving is keyed by id: saving the same run id again replaces the row (H2 {@code MERGE},
 * PostgreSQL {@code INSERT ... ON CONFLICT DO UPDATE}) and its curve, in one transaction. Ids
 * must be UUIDs (the facade's are); {@code latestAnalysis} picks the greatest start time, ties
 * broken by the greater run id. Thread-safe as far as the data source is; the role needs the V9
 * grants of {@code quant_app} or {@code quant_discovery} (docs/schema.md).
 */
public final class JdbcFuturesStore implements FuturesStore {

  /** Equity points sent per JDBC batch. */
  static final int BATCH = 1_000;

  private static final String WHAT = "futures tables";
  private static final String RUN_COLUMNS = "id, strategy, root_symbol, period_start, period_end, "
      + "parameters, metrics, created_at";

  private final DataSource dataSource;

  /**
   * A store on a migrated database.
   *
   * @param dataSource the database (V9 or later)
   */
  public JdbcFuturesStore(DataSource dataSource) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the run id is not a UUID
   * @throws IllegalStateException if the database refuses the row
   */
  @Override
  public void saveAnalysis(FuturesAnalysisReport report) {
    ArgChecker.notNull(report, "report");
    UUID id = FuturesSql.uuid(report.runId(), "analysis run id");
    String json = FuturesSql.toJson(report);
    JdbcTransactions.inTransaction(dataSource, WHAT, c -> {
      DatabaseVendor vendor = FuturesSql.vendor(c);
      String values = "VALUES (?, ?, ?, ?, ?, " + FuturesSql.jsonParam(vendor) + ")";
      String sql = vendor == DatabaseVendor.POSTGRESQL
          ? "INSERT INTO futures_analyses (run_id, instrument, started_at, finished_at, succeeded, "
              + "report) " + values + " ON CONFLICT (run_id) DO UPDATE SET instrument = "
              + "EXCLUDED.instrument, started_at = EXCLUDED.started_at, finished_at = "
              + "EXCLUDED.finished_at, succeeded = EXCLUDED.succeeded, report = EXCLUDED.report"
          : "MERGE INTO futures_analyses (run_id, instrument, started_at, finished_at, succeeded, "
              + "report) KEY (run_id) " + values;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setObject(1, id);
        ps.setString(2, report.instrument());
        ps.setObject(3, FuturesSql.utc(report.startedAt()));
        ps.setObject(4, FuturesSql.utc(report.finishedAt()));
        ps.setBoolean(5, report.succeeded());
        ps.setString(6, json);
        return ps.executeUpdate();
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the run id is not a UUID, or the root symbol is longer
   *     than the column's 10 characters
   * @throws IllegalStateException if the database refuses the rows
   */
  @Override
  public void saveBacktestRun(BacktestRun run) {
    ArgChecker.notNull(run, "run");
    UUID id = FuturesSql.uuid(run.id(), "backtest run id");
    ArgChecker.isTrue(run.rootSymbol().length() <= 10,
        "root symbol '%s' is longer than backtest_runs.root_symbol's 10 characters",
        run.rootSymbol());
    String parameters = FuturesSql.toJson(run.parameters());
    String metrics = FuturesSql.toJson(run.metrics());
    JdbcTransactions.inTransaction(dataSource, WHAT, c -> {
      DatabaseVendor vendor = FuturesSql.vendor(c);
      String json = FuturesSql.jsonParam(vendor);
      String values = "VALUES (?, ?, ?, ?, ?, " + json + ", " + json + ", ?)";
      String sql = vendor == DatabaseVendor.POSTGRESQL
          ? "INSERT INTO backtest_runs (" + RUN_COLUMNS + ") " + values + " ON CONFLICT (id) DO "
              + "UPDATE SET strategy = EXCLUDED.strategy, root_symbol = EXCLUDED.root_symbol, "
              + "period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, "
              + "parameters = EXCLUDED.parameters, metrics = EXCLUDED.metrics, "
              + "created_at = EXCLUDED.created_at"
          : "MERGE INTO backtest_runs (" + RUN_COLUMNS + ") KEY (id) " + values;
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setObject(1, id);
        ps.setString(2, run.strategy());
        ps.setString(3, run.rootSymbol());
        ps.setObject(4, run.periodStart());
        ps.setObject(5, run.periodEnd());
        ps.setString(6, parameters);
        ps.setString(7, metrics);
        ps.setObject(8, FuturesSql.utc(run.createdAt()));
        ps.executeUpdate();
      }
      try (PreparedStatement delete = c.prepareStatement(
          "DELETE FROM backtest_equity WHERE run_id = ?")) {
        delete.setObject(1, id);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO backtest_equity (run_id, point_date, equity) VALUES (?, ?, ?)")) {
        int pending = 0;
        for (ChartPoint p : run.equity()) {
          insert.setObject(1, id);
          insert.setObject(2, p.date());
          insert.setDouble(3, p.value());
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
      return null;
    });
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the database fails or a stored report cannot be read
   */
  @Override
  public Optional<FuturesAnalysisReport> latestAnalysis(String instrument) {
    ArgChecker.notNull(instrument, "instrument");
    return JdbcTransactions.inTransaction(dataSource, WHAT, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT report FROM futures_analyses "
          + "WHERE instrument = ? ORDER BY started_at DESC, run_id DESC LIMIT 1")) {
        ps.setString(1, instrument);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next()
              ? Optional.of(FuturesSql.fromJson(rs.getString(1), FuturesAnalysisReport.class,
                  "analysis of " + instrument))
              : Optional.empty();
        }
      }
    });
  }

  /**
   * {@inheritDoc}
   *
   * @return the run, empty if none has that id (or the id is not a UUID)
   */
  @Override
  public Optional<BacktestRun> backtestRun(String id) {
    ArgChecker.notNull(id, "id");
    UUID key;
    try {
      key = UUID.fromString(id);
    } catch (IllegalArgumentException notUuid) {
      return Optional.empty();
    }
    List<BacktestRun> runs = JdbcTransactions.inTransaction(dataSource, WHAT, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS
          + " FROM backtest_runs WHERE id = ?")) {
        ps.setObject(1, key);
        return readRuns(c, ps);
      }
    });
    return runs.stream().findFirst();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Ties in creation time are broken by the greater id.
   */
  @Override
  public List<BacktestRun> backtestRuns(String strategy, int limit) {
    ArgChecker.notNull(strategy, "strategy");
    ArgChecker.positive(limit, "limit");
    return JdbcTransactions.inTransaction(dataSource, WHAT, c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + RUN_COLUMNS
          + " FROM backtest_runs WHERE strategy = ? ORDER BY created_at DESC, id DESC LIMIT ?")) {
        ps.setString(1, strategy);
        ps.setInt(2, limit);
        return readRuns(c, ps);
      }
    });
  }

  private static List<BacktestRun> readRuns(Connection c, PreparedStatement ps)
      throws SQLException {
    List<BacktestRun> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery();
        PreparedStatement equity = c.prepareStatement("SELECT point_date, equity FROM "
            + "backtest_equity WHERE run_id = ? ORDER BY point_date")) {
      while (rs.next()) {
        UUID id = rs.getObject(1, UUID.class);
        Map<String, Object> parameters = FuturesSql.objectMap(rs.getString(6),
            "parameters of backtest run " + id, false);
        Map<String, Object> metrics = FuturesSql.objectMap(rs.getString(7),
            "metrics of backtest run " + id, true);
        equity.setObject(1, id);
        List<ChartPoint> points = new ArrayList<>();
        try (ResultSet e = equity.executeQuery()) {
          while (e.next()) {
            points.add(new ChartPoint(e.getObject(1, LocalDate.class), e.getDouble(2)));
          }
        }
        out.add(new BacktestRun(id.toString(), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), parameters,
            metrics, rs.getObject(8, OffsetDateTime.class).toInstant(), points));
      }
    }
    return out;
  }
}
