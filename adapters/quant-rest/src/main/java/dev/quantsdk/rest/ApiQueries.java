package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.dto.AnomalyDto;
import dev.quantsdk.rest.dto.BarDto;
import dev.quantsdk.rest.dto.ContractDto;
import dev.quantsdk.rest.dto.DiscoveryDto;
import dev.quantsdk.rest.dto.InvestigationDto;
import dev.quantsdk.rest.dto.JobRunDto;
import dev.quantsdk.rest.dto.JobsSummaryDto;
import dev.quantsdk.rest.dto.ModelExperimentDto;
import dev.quantsdk.rest.dto.PaperAccountDto;
import dev.quantsdk.rest.dto.PaperOrderDto;
import dev.quantsdk.rest.dto.PaperPositionDto;
import dev.quantsdk.rest.dto.PoliticianDto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The API's SQL: keyset-paginated reads of the discovery tables and job runs, and marking an
 * anomaly investigated. Plain JDBC with portable SQL (H2 and PostgreSQL); the reads need only
 * {@code SELECT}, the investigation only the {@code quant_app} role's {@code UPDATE} on the
 * investigation columns. Each page query fetches {@code limit + 1} rows to know whether a next
 * page exists. Thread-safe.
 */
final class ApiQueries {

  /** A page of rows and whether more follow. */
  record Rows<T>(List<T> items, boolean more) {
  }

  private static final String DISCOVERY_COLUMNS = "SELECT d.id, d.politician_id, p.full_name, "
      + "d.pattern_type, d.strength, d.confidence, d.parameters, d.description, d.window_start, "
      + "d.window_end, d.discovery_date FROM pattern_discoveries d "
      + "JOIN politicians p ON p.id = d.politician_id";

  private static final String RECENT = DISCOVERY_COLUMNS + " %s"
      + " ORDER BY d.discovery_date DESC, d.strength DESC, d.id LIMIT ?";
  // the leading "discovery_date <= ?" repeats what the OR implies: it lets PostgreSQL start the
  // date index scan at the cursor instead of reading and discarding every newer row
  private static final String RECENT_AFTER = "WHERE d.discovery_date <= ? AND (d.discovery_date"
      + " < ? OR (d.discovery_date = ? AND (d.strength < ? OR (d.strength = ? AND d.id > ?))))";

  private static final String OF_POLITICIAN = DISCOVERY_COLUMNS + " WHERE d.politician_id = ? %s"
      + " ORDER BY d.strength DESC, d.discovery_date DESC, d.id LIMIT ?";
  private static final String OF_POLITICIAN_AFTER = "AND (d.strength < ? OR (d.strength = ?"
      + " AND (d.discovery_date < ? OR (d.discovery_date = ? AND d.id > ?))))";

  private static final String CRITICAL = "SELECT a.id, a.politician_id, p.full_name, a.trade_id, "
      + "a.anomaly_type, a.severity, a.explanation, a.window_start, a.window_end, a.detected_at, "
      + "a.investigated FROM anomaly_detections a JOIN politicians p ON p.id = a.politician_id "
      + "WHERE a.investigated = FALSE AND a.severity >= ? %s"
      + " ORDER BY a.severity DESC, a.detected_at DESC, a.id LIMIT ?";
  private static final String CRITICAL_AFTER = "AND (a.severity < ? OR (a.severity = ?"
      + " AND (a.detected_at < ? OR (a.detected_at = ? AND a.id > ?))))";

  private static final String JOBS = "SELECT id, kind, status, started_at, finished_at, items_ok, "
      + "items_failed, message FROM job_runs WHERE %s %s"
      + " ORDER BY started_at DESC, id LIMIT ?";
  private static final String JOBS_AFTER = "AND (started_at < ? OR (started_at = ? AND id > ?))";

  private static final String JOBS_SUMMARY = "SELECT COUNT(*), "
      + "COALESCE(SUM(CASE WHEN status = 'SUCCEEDED' THEN 1 ELSE 0 END), 0), "
      + "COALESCE(SUM(CASE WHEN status = 'PARTIAL' THEN 1 ELSE 0 END), 0), "
      + "COALESCE(SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END), 0), "
      + "COALESCE(SUM(CASE WHEN status = 'RUNNING' THEN 1 ELSE 0 END), 0), "
      + "AVG((EXTRACT(EPOCH FROM finished_at) - EXTRACT(EPOCH FROM started_at)) * 1000), "
      + "MAX((EXTRACT(EPOCH FROM finished_at) - EXTRACT(EPOCH FROM started_at)) * 1000) "
      + "FROM job_runs WHERE %s";

  private static final String CONTRACTS = "SELECT c.id, c.root_symbol, c.exchange, c.expiry, "
      + "c.local_symbol, c.multiplier, c.tick_size, c.currency, c.initial_margin, "
      + "c.maintenance_margin, (SELECT COUNT(*) FROM futures_bars b WHERE b.contract_id = c.id), "
      + "(SELECT MIN(b.bar_time) FROM futures_bars b WHERE b.contract_id = c.id), "
      + "(SELECT MAX(b.bar_time) FROM futures_bars b WHERE b.contract_id = c.id) "
      + "FROM futures_contracts c WHERE %s %s ORDER BY c.expiry, c.id LIMIT ?";
  private static final String CONTRACTS_AFTER = "AND (c.expiry > ? OR (c.expiry = ? AND c.id > ?))";
  private static final String CONTRACT_COUNTS = "SELECT root_symbol, COUNT(*) FROM futures_contracts "
      + "GROUP BY root_symbol";
  private static final String BARS = "SELECT bar_time, open_price, high_price, low_price, "
      + "close_price, settle_price, volume, open_interest FROM futures_bars WHERE contract_id = ? "
      + "%s ORDER BY bar_time LIMIT ?";

  private static final String PAPER_ACCOUNT = "SELECT id, name, currency, starting_cash, cash, "
      + "created_at FROM paper_accounts WHERE name = ?";
  private static final String PAPER_POSITIONS = "SELECT p.contract_id, c.root_symbol, c.expiry, "
      + "c.local_symbol, p.quantity, p.average_price, p.realized_pnl, p.updated_at "
      + "FROM paper_positions p JOIN futures_contracts c ON c.id = p.contract_id "
      + "WHERE p.account_id = ? ORDER BY c.expiry, p.contract_id";
  private static final String PAPER_ORDERS = "SELECT o.id, o.client_order_id, o.contract_id, "
      + "c.local_symbol, o.side, o.order_type, o.quantity, o.limit_price, o.stop_price, o.status, "
      + "COALESCE(SUM(f.quantity), 0), SUM(f.quantity * f.price), COALESCE(SUM(f.commission), 0), "
      + "o.created_at, o.updated_at FROM paper_orders o "
      + "JOIN futures_contracts c ON c.id = o.contract_id "
      + "LEFT JOIN paper_fills f ON f.order_id = o.id WHERE o.account_id = ? %s "
      + "GROUP BY o.id, o.client_order_id, o.contract_id, c.local_symbol, o.side, o.order_type, "
      + "o.quantity, o.limit_price, o.stop_price, o.status, o.created_at, o.updated_at "
      + "ORDER BY o.created_at DESC, o.id LIMIT ?";
  private static final String PAPER_ORDERS_AFTER = "AND (o.created_at < ? OR (o.created_at = ? "
      + "AND o.id > ?))";

  private static final String MODELS = "SELECT id, model_name, parameters, metrics, "
      + "deployment_ready, experiment_date FROM model_experiments %s "
      + "ORDER BY experiment_date DESC, id LIMIT ?";
  private static final String MODELS_AFTER = "WHERE experiment_date < ? OR (experiment_date = ? "
      + "AND id > ?)";

  private static final String POLITICIAN = "SELECT id, full_name, chamber, state, district "
      + "FROM politicians WHERE id = ?";

  private static final String MARK = "UPDATE anomaly_detections SET investigated = TRUE, "
      + "investigated_at = ?, investigated_by = ? WHERE id = ? AND investigated = FALSE";
  private static final String INVESTIGATION = "SELECT investigated, investigated_at, "
      + "investigated_by FROM anomaly_detections WHERE id = ?";

  /**
   * Kinds ending in this are one item's outcome within a distributed run (the workers' nightly
   * discovery records one row per politician), not runs: the jobs list leaves them out unless
   * asked for by kind, as {@code quant jobs} does.
   */
  static final String ITEM_KIND_SUFFIX = ".politician";

  private final DataSource dataSource;

  ApiQueries(DataSource dataSource) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
  }

  Rows<DiscoveryDto> recentDiscoveries(int limit, Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, RECENT, after.isPresent() ? RECENT_AFTER : "");
    return query(sql, ps -> {
      int i = 1;
      if (after.isPresent()) {
        PageCursor c = after.get();
        i = bind(ps, i, utc(c.time()), utc(c.time()), utc(c.time()), c.number(), c.number(),
            c.id());
      }
      ps.setInt(i, limit + 1);
    }, ApiQueries::discovery, limit);
  }

  Rows<DiscoveryDto> discoveriesOfPolitician(UUID politician, int limit,
      Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, OF_POLITICIAN,
        after.isPresent() ? OF_POLITICIAN_AFTER : "");
    return query(sql, ps -> {
      int i = bind(ps, 1, politician);
      if (after.isPresent()) {
        i = bindNumberTimeId(ps, i, after.get());
      }
      ps.setInt(i, limit + 1);
    }, ApiQueries::discovery, limit);
  }

  Rows<AnomalyDto> criticalAnomalies(double threshold, int limit, Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, CRITICAL, after.isPresent() ? CRITICAL_AFTER : "");
    return query(sql, ps -> {
      int i = bind(ps, 1, threshold);
      if (after.isPresent()) {
        i = bindNumberTimeId(ps, i, after.get());
      }
      ps.setInt(i, limit + 1);
    }, ApiQueries::anomaly, limit);
  }

  Rows<JobRunDto> jobRuns(Optional<String> kind, int limit, Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, JOBS, kindFilter(kind), after.isPresent() ? JOBS_AFTER : "");
    return query(sql, ps -> {
      int i = kind.isPresent() ? bind(ps, 1, kind.get()) : 1;
      if (after.isPresent()) {
        PageCursor c = after.get();
        i = bind(ps, i, utc(c.time()), utc(c.time()), c.id());
      }
      ps.setInt(i, limit + 1);
    }, ApiQueries::jobRun, limit);
  }

  JobsSummaryDto jobsSummary(Optional<String> kind) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(String.format(Locale.ROOT, JOBS_SUMMARY,
            kindFilter(kind)))) {
      if (kind.isPresent()) {
        ps.setString(1, kind.get());
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        long runs = rs.getLong(1);
        long succeeded = rs.getLong(2);
        long partial = rs.getLong(3);
        long failed = rs.getLong(4);
        long running = rs.getLong(5);
        double mean = rs.getDouble(6);
        Optional<Double> meanMs = rs.wasNull() ? Optional.empty() : Optional.of(mean);
        double max = rs.getDouble(7);
        Optional<Long> maxMs = rs.wasNull() ? Optional.empty() : Optional.of(Math.round(max));
        long finished = succeeded + partial + failed;
        return new JobsSummaryDto(runs, succeeded, partial, failed, running,
            finished == 0 ? Optional.empty() : Optional.of((double) succeeded / finished), meanMs,
            maxMs);
      }
    } catch (SQLException e) {
      throw failure("read the job-run summary", e);
    }
  }

  Rows<ContractDto> contracts(Optional<String> root, int limit, Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, CONTRACTS,
        root.isPresent() ? "c.root_symbol = ?" : "1 = 1", after.isPresent() ? CONTRACTS_AFTER : "");
    return query(sql, ps -> {
      int i = root.isPresent() ? bind(ps, 1, root.get()) : 1;
      if (after.isPresent()) {
        LocalDate expiry = LocalDate.ofInstant(after.get().time(), ZoneOffset.UTC);
        i = bind(ps, i, expiry, expiry, after.get().id());
      }
      ps.setInt(i, limit + 1);
    }, ApiQueries::contract, limit);
  }

  Optional<ContractDto> contract(UUID id) {
    String sql = String.format(Locale.ROOT, CONTRACTS, "c.id = ?", "");
    Rows<ContractDto> rows = query(sql, ps -> {
      bind(ps, 1, id);
      ps.setInt(2, 1);
    }, ApiQueries::contract, 1);
    return rows.items().stream().findFirst();
  }

  Map<String, Long> contractCounts() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(CONTRACT_COUNTS);
        ResultSet rs = ps.executeQuery()) {
      Map<String, Long> out = new HashMap<>();
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw failure("count the stored contracts", e);
    }
  }

  /** Bars of a contract in [from, to] (dates in UTC), after a bar time, oldest first. */
  Rows<BarDto> bars(UUID contract, Optional<LocalDate> from, Optional<LocalDate> to, int limit,
      Optional<Instant> after) {
    StringBuilder where = new StringBuilder();
    List<Object> values = new ArrayList<>();
    values.add(contract);
    from.ifPresent(d -> {
      where.append(" AND bar_time >= ?");
      values.add(d.atStartOfDay().atOffset(ZoneOffset.UTC));
    });
    to.ifPresent(d -> {
      where.append(" AND bar_time < ?");
      values.add(d.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    });
    after.ifPresent(t -> {
      where.append(" AND bar_time > ?");
      values.add(utc(t));
    });
    String sql = String.format(Locale.ROOT, BARS, where);
    return query(sql, ps -> {
      int i = bind(ps, 1, values.toArray());
      ps.setInt(i, limit + 1);
    }, ApiQueries::bar, limit);
  }

  Optional<PaperAccountDto> paperAccount(String name) {
    Rows<PaperAccountDto> rows = query(PAPER_ACCOUNT, ps -> ps.setString(1, name),
        rs -> new PaperAccountDto(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3).trim(), rs.getDouble(4), rs.getDouble(5), instant(rs, 6)),
        1);
    return rows.items().stream().findFirst();
  }

  List<PaperPositionDto> paperPositions(UUID account) {
    return query(PAPER_POSITIONS, ps -> ps.setObject(1, account),
        rs -> new PaperPositionDto(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getObject(3, LocalDate.class), Optional.ofNullable(rs.getString(4)), rs.getInt(5),
            rs.getDouble(6), rs.getDouble(7), instant(rs, 8)),
        Integer.MAX_VALUE - 1).items();
  }

  Rows<PaperOrderDto> paperOrders(UUID account, int limit, Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, PAPER_ORDERS,
        after.isPresent() ? PAPER_ORDERS_AFTER : "");
    return query(sql, ps -> {
      int i = bind(ps, 1, account);
      if (after.isPresent()) {
        PageCursor c = after.get();
        i = bind(ps, i, utc(c.time()), utc(c.time()), c.id());
      }
      ps.setInt(i, limit + 1);
    }, ApiQueries::paperOrder, limit);
  }

  /** Model experiments, newest first (ties by id). */
  Rows<ModelExperimentDto> modelExperiments(int limit, Optional<PageCursor> after) {
    String sql = String.format(Locale.ROOT, MODELS, after.isPresent() ? MODELS_AFTER : "");
    return query(sql, ps -> {
      int i = 1;
      if (after.isPresent()) {
        PageCursor c = after.get();
        i = bind(ps, i, utc(c.time()), utc(c.time()), c.id());
      }
      ps.setInt(i, limit + 1);
    }, rs -> new ModelExperimentDto(rs.getObject(1, UUID.class), rs.getString(2),
        RestJson.readTree(rs.getString(3)), RestJson.readTree(rs.getString(4)), rs.getBoolean(5),
        instant(rs, 6)), limit);
  }

  Optional<PoliticianDto> politician(UUID id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(POLITICIAN)) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new PoliticianDto(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3), Optional.ofNullable(rs.getString(4)).map(String::trim),
            Optional.ofNullable(rs.getString(5))));
      }
    } catch (SQLException e) {
      throw failure("read politician " + id, e);
    }
  }

  /** Marks an anomaly investigated once; empty if no such anomaly. */
  Optional<InvestigationDto> markInvestigated(UUID anomaly, String by, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int changed;
        try (PreparedStatement ps = c.prepareStatement(MARK)) {
          ps.setObject(1, utc(at));
          ps.setString(2, by);
          ps.setObject(3, anomaly);
          changed = ps.executeUpdate();
        }
        Optional<InvestigationDto> state;
        try (PreparedStatement ps = c.prepareStatement(INVESTIGATION)) {
          ps.setObject(1, anomaly);
          try (ResultSet rs = ps.executeQuery()) {
            state = rs.next()
                ? Optional.of(new InvestigationDto(anomaly, rs.getBoolean(1),
                    Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant),
                    Optional.ofNullable(rs.getString(3)), changed == 1))
                : Optional.empty();
          }
        }
        c.commit();
        return state;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure("mark anomaly " + anomaly + " investigated", e);
    }
  }

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Reads one row. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** Runs a query and reads at most {@code limit} rows (and whether more follow). */
  <T> Rows<T> query(String sql, Binder binder, RowReader<T> reader, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<T> out = new ArrayList<>(Math.min(limit, 63) + 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(reader.read(rs));
        }
      }
      boolean more = out.size() > limit;
      return new Rows<>(more ? out.subList(0, limit) : out, more);
    } catch (SQLException e) {
      throw failure("read a page", e);
    }
  }

  private static DiscoveryDto discovery(ResultSet rs) throws SQLException {
    return new DiscoveryDto(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
        rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6),
        RestJson.readTree(rs.getString(7)), Optional.ofNullable(rs.getString(8)),
        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
        instant(rs, 11));
  }

  private static AnomalyDto anomaly(ResultSet rs) throws SQLException {
    return new AnomalyDto(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
        rs.getString(3), Optional.ofNullable(rs.getObject(4, UUID.class)), rs.getString(5),
        rs.getDouble(6), RestJson.readTree(rs.getString(7)),
        rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
        instant(rs, 10), rs.getBoolean(11));
  }

  private static ContractDto contract(ResultSet rs) throws SQLException {
    double initial = rs.getDouble(9);
    Optional<Double> initialMargin = rs.wasNull() ? Optional.empty() : Optional.of(initial);
    double maintenance = rs.getDouble(10);
    Optional<Double> maintenanceMargin = rs.wasNull() ? Optional.empty() : Optional.of(maintenance);
    return new ContractDto(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
        rs.getObject(4, LocalDate.class), Optional.ofNullable(rs.getString(5)), rs.getDouble(6),
        rs.getDouble(7), rs.getString(8).trim(), initialMargin, maintenanceMargin, rs.getLong(11),
        optionalInstant(rs, 12), optionalInstant(rs, 13));
  }

  private static PaperOrderDto paperOrder(ResultSet rs) throws SQLException {
    double limitPrice = rs.getDouble(8);
    Optional<Double> limit = rs.wasNull() ? Optional.empty() : Optional.of(limitPrice);
    double stopPrice = rs.getDouble(9);
    Optional<Double> stop = rs.wasNull() ? Optional.empty() : Optional.of(stopPrice);
    long filled = rs.getLong(11);
    double notional = rs.getDouble(12);
    Optional<Double> averageFill = filled == 0 ? Optional.empty()
        : Optional.of(notional / filled);
    return new PaperOrderDto(rs.getObject(1, UUID.class), Optional.ofNullable(rs.getString(2)),
        rs.getObject(3, UUID.class), Optional.ofNullable(rs.getString(4)), rs.getString(5),
        rs.getString(6), rs.getInt(7), limit, stop, rs.getString(10), filled, averageFill,
        rs.getDouble(13), instant(rs, 14), instant(rs, 15));
  }

  private static BarDto bar(ResultSet rs) throws SQLException {
    double settle = rs.getDouble(6);
    Optional<Double> settlePrice = rs.wasNull() ? Optional.empty() : Optional.of(settle);
    long volume = rs.getLong(7);
    long oi = rs.getLong(8);
    Optional<Long> openInterest = rs.wasNull() ? Optional.empty() : Optional.of(oi);
    return new BarDto(instant(rs, 1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
        rs.getDouble(5), settlePrice, volume, openInterest);
  }

  private static Optional<Instant> optionalInstant(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  private static JobRunDto jobRun(ResultSet rs) throws SQLException {
    Instant started = instant(rs, 4);
    Optional<Instant> finished = optionalInstant(rs, 5);
    int ok = rs.getInt(6);
    int failed = rs.getInt(7);
    return new JobRunDto(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), started,
        finished, finished.map(f -> Duration.between(started, f).toMillis()), ok, failed,
        ok + failed == 0 ? Optional.empty() : Optional.of((double) ok / (ok + failed)),
        Optional.ofNullable(rs.getString(8)));
  }

  /** Binds values from a parameter index on; returns the next index. */
  static int bind(PreparedStatement ps, int from, Object... values) throws SQLException {
    int i = from;
    for (Object v : values) {
      ps.setObject(i++, v);
    }
    return i;
  }

  /** Binds a cursor for an AFTER clause ordered by number, then time, then id. */
  private static int bindNumberTimeId(PreparedStatement ps, int from, PageCursor c)
      throws SQLException {
    return bind(ps, from, c.number(), c.number(), utc(c.time()), utc(c.time()), c.id());
  }

  private static String kindFilter(Optional<String> kind) {
    return kind.isPresent() ? "kind = ?" : "kind NOT LIKE '%" + ITEM_KIND_SUFFIX + "'";
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(String.format(Locale.ROOT, "cannot %s: %s (SQLState %s)",
        what, e.getMessage(), e.getSQLState()), e);
  }
}
