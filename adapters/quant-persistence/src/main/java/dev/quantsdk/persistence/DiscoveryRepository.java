package dev.quantsdk.persistence;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.model.discovery.PatternDiscovery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The discovery tables' queries and writes: recent discoveries, critical anomalies, one
 * politician's discoveries, marking an anomaly investigated, and batched idempotent saves.
 *
 * <p>Reads go through JPA (JPQL with the politician fetched) and return detached records
 * ({@link PatternSummary}, {@link AnomalySummary}), never managed entities, so callers cannot hit
 * lazy loading after the persistence context is closed. Writes use plain JDBC batches of
 * {@value QuantDatabase#JDBC_BATCH_SIZE} rows in one transaction per call, as upserts on the natural
 * keys: PostgreSQL {@code INSERT ... ON CONFLICT ... DO UPDATE}, H2 {@code MERGE ... USING}. A
 * re-run therefore replaces rows instead of duplicating them; a replaced row keeps its original id
 * (and, for anomalies, its investigated state).
 *
 * <p>Thread-safe: holds only the shared factory and data source. Database failures surface as
 * {@link PersistenceException}; permission refusals keep the vendor's SQLState in the cause
 * (PostgreSQL 42501, H2 90096).
 */
public final class DiscoveryRepository {

  /** The largest page a query returns. */
  public static final int MAX_LIMIT = 500;

  private static final String PG_UPSERT_DISCOVERY = """
      INSERT INTO pattern_discoveries (id, politician_id, pattern_type, strength, confidence, parameters,
          description, window_start, window_end, discovery_date, run_id)
      VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)
      ON CONFLICT (politician_id, pattern_type, window_start, window_end) DO UPDATE SET
          strength = EXCLUDED.strength, confidence = EXCLUDED.confidence, parameters = EXCLUDED.parameters,
          description = EXCLUDED.description, discovery_date = EXCLUDED.discovery_date, run_id = EXCLUDED.run_id
      """;

  private static final String H2_UPSERT_DISCOVERY = """
      MERGE INTO pattern_discoveries t
      USING (VALUES (CAST(? AS UUID), CAST(? AS UUID), CAST(? AS VARCHAR(60)), CAST(? AS DOUBLE PRECISION),
          CAST(? AS DOUBLE PRECISION), ? FORMAT JSON, CAST(? AS VARCHAR(2000)), CAST(? AS DATE), CAST(? AS DATE),
          CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS UUID)))
          AS s (id, politician_id, pattern_type, strength, confidence, parameters, description, window_start,
          window_end, discovery_date, run_id)
      ON t.politician_id = s.politician_id AND t.pattern_type = s.pattern_type
          AND t.window_start = s.window_start AND t.window_end = s.window_end
      WHEN MATCHED THEN UPDATE SET strength = s.strength, confidence = s.confidence, parameters = s.parameters,
          description = s.description, discovery_date = s.discovery_date, run_id = s.run_id
      WHEN NOT MATCHED THEN INSERT (id, politician_id, pattern_type, strength, confidence, parameters,
          description, window_start, window_end, discovery_date, run_id)
          VALUES (s.id, s.politician_id, s.pattern_type, s.strength, s.confidence, s.parameters, s.description,
          s.window_start, s.window_end, s.discovery_date, s.run_id)
      """;

  private static final String PG_UPSERT_ANOMALY = """
      INSERT INTO anomaly_detections (id, politician_id, trade_id, anomaly_type, severity, explanation,
          window_start, window_end, natural_key, detected_at, run_id)
      VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)
      ON CONFLICT (natural_key) DO UPDATE SET
          severity = EXCLUDED.severity, explanation = EXCLUDED.explanation, detected_at = EXCLUDED.detected_at,
          run_id = EXCLUDED.run_id
      """;

  private static final String H2_UPSERT_ANOMALY = """
      MERGE INTO anomaly_detections t
      USING (VALUES (CAST(? AS UUID), CAST(? AS UUID), CAST(? AS UUID), CAST(? AS VARCHAR(60)),
          CAST(? AS DOUBLE PRECISION), ? FORMAT JSON, CAST(? AS DATE), CAST(? AS DATE), CAST(? AS VARCHAR(200)),
          CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS UUID)))
          AS s (id, politician_id, trade_id, anomaly_type, severity, explanation, window_start, window_end,
          natural_key, detected_at, run_id)
      ON t.natural_key = s.natural_key
      WHEN MATCHED THEN UPDATE SET severity = s.severity, explanation = s.explanation,
          detected_at = s.detected_at, run_id = s.run_id
      WHEN NOT MATCHED THEN INSERT (id, politician_id, trade_id, anomaly_type, severity, explanation,
          window_start, window_end, natural_key, detected_at, run_id)
          VALUES (s.id, s.politician_id, s.trade_id, s.anomaly_type, s.severity, s.explanation, s.window_start,
          s.window_end, s.natural_key, s.detected_at, s.run_id)
      """;

  private static final String MARK_INVESTIGATED = """
      UPDATE anomaly_detections SET investigated = TRUE, investigated_at = ?, investigated_by = ?
      WHERE id = ? AND investigated = FALSE
      """;

  private final EntityManagerFactory entityManagerFactory;
  private final DataSource dataSource;
  private final DatabaseVendor vendor;
  private final Clock clock;

  /**
   * Creates a repository over an entity manager factory and a data source of the same database,
   * stamping webhook outbox rows with the system clock (UTC).
   *
   * @param entityManagerFactory the factory, for reads
   * @param dataSource the data source, for batched writes
   * @param vendor the database vendor (picks the upsert dialect)
   */
  public DiscoveryRepository(EntityManagerFactory entityManagerFactory, DataSource dataSource,
      DatabaseVendor vendor) {
    this(entityManagerFactory, dataSource, vendor, Clock.systemUTC());
  }

  /**
   * Creates a repository over an entity manager factory and a data source of the same database.
   *
   * @param entityManagerFactory the factory, for reads
   * @param dataSource the data source, for batched writes
   * @param vendor the database vendor (picks the upsert dialect)
   * @param clock stamps the webhook outbox rows {@link #saveAnomalies} queues
   */
  public DiscoveryRepository(EntityManagerFactory entityManagerFactory, DataSource dataSource,
      DatabaseVendor vendor, Clock clock) {
    this.entityManagerFactory = ArgChecker.notNull(entityManagerFactory, "entityManagerFactory");
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
    this.vendor = ArgChecker.notNull(vendor, "vendor");
    this.clock = ArgChecker.notNull(clock, "clock");
  }

  /**
   * A repository over an open database.
   *
   * @param database the database
   * @return the repository
   */
  public static DiscoveryRepository of(QuantDatabase database) {
    ArgChecker.notNull(database, "database");
    return new DiscoveryRepository(database.entityManagerFactory(), database.dataSource(), database.vendor());
  }

  /**
   * The most recent pattern discoveries at or above a strength, newest first (ties: strongest
   * first, then by id).
   *
   * @param limit the maximum number returned, in [1, {@value #MAX_LIMIT}]
   * @param minStrength the minimum strength, in [0, 1]
   * @return the discoveries, at most {@code limit}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public List<PatternSummary> recentDiscoveries(int limit, double minStrength) {
    ArgChecker.inRangeInclusive(limit, 1, MAX_LIMIT, "limit");
    ArgChecker.inRangeInclusive(minStrength, 0.0, 1.0, "minStrength");
    return read(em -> em.createQuery("""
            SELECT d FROM PatternDiscovery d JOIN FETCH d.politician
            WHERE d.strength >= :minStrength
            ORDER BY d.discoveryDate DESC, d.strength DESC, d.id""", PatternDiscovery.class)
        .setParameter("minStrength", minStrength)
        .setMaxResults(limit)
        .getResultStream().map(PatternSummary::of).toList());
  }

  /**
   * The open (not investigated) anomalies at or above a severity, most severe first (ties: newest
   * first, then by id).
   *
   * @param severityThreshold the minimum severity, in [0, 1]
   * @param limit the maximum number returned, in [1, {@value #MAX_LIMIT}]
   * @return the anomalies, at most {@code limit}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public List<AnomalySummary> criticalAnomalies(double severityThreshold, int limit) {
    ArgChecker.inRangeInclusive(severityThreshold, 0.0, 1.0, "severityThreshold");
    ArgChecker.inRangeInclusive(limit, 1, MAX_LIMIT, "limit");
    return read(em -> em.createQuery("""
            SELECT a FROM AnomalyDetection a JOIN FETCH a.politician
            WHERE a.severity >= :threshold AND a.investigated = FALSE
            ORDER BY a.severity DESC, a.detectedAt DESC, a.id""", AnomalyDetection.class)
        .setParameter("threshold", severityThreshold)
        .setMaxResults(limit)
        .getResultStream().map(AnomalySummary::of).toList());
  }

  /**
   * All pattern discoveries of one politician, strongest first (ties: newest first, then by id).
   *
   * @param politicianId the politician
   * @return the discoveries, empty if none (or no such politician)
   */
  public List<PatternSummary> discoveriesOfPolitician(UUID politicianId) {
    ArgChecker.notNull(politicianId, "politicianId");
    return read(em -> em.createQuery("""
            SELECT d FROM PatternDiscovery d JOIN FETCH d.politician p
            WHERE p.id = :politicianId
            ORDER BY d.strength DESC, d.discoveryDate DESC, d.id""", PatternDiscovery.class)
        .setParameter("politicianId", politicianId)
        .getResultStream().map(PatternSummary::of).toList());
  }

  /**
   * Marks an anomaly investigated, once: a second call for the same anomaly changes nothing.
   *
   * @param anomalyId the anomaly
   * @param by who investigated it, not blank, at most 200 characters
   * @param at when
   * @return true if this call changed the row, false if the anomaly does not exist or was already
   *     investigated
   * @throws IllegalArgumentException if {@code by} is blank or too long
   * @throws PersistenceException if the database refuses or fails
   */
  public boolean markInvestigated(UUID anomalyId, String by, Instant at) {
    ArgChecker.notNull(anomalyId, "anomalyId");
    ArgChecker.notBlank(by, "by");
    ArgChecker.isTrue(by.length() <= 200, "by must be at most 200 characters but has %d", by.length());
    ArgChecker.notNull(at, "at");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(MARK_INVESTIGATED)) {
      statement.setTimestamp(1, Timestamp.from(at));
      statement.setString(2, by);
      statement.setObject(3, anomalyId);
      int changed = statement.executeUpdate();
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return changed == 1;
    } catch (SQLException e) {
      throw failure("mark anomaly " + anomalyId + " investigated", e);
    }
  }

  /**
   * Saves pattern discoveries in JDBC batches, in one transaction: new natural keys are inserted,
   * existing ones replaced (strength, confidence, parameters, description, discovery date, run).
   *
   * @param discoveries the discoveries; their politicians must exist
   * @return the number of rows inserted or replaced
   * @throws PersistenceException if the database refuses or fails (nothing is saved)
   */
  public int saveDiscoveries(Collection<PatternDiscovery> discoveries) {
    ArgChecker.notNull(discoveries, "discoveries");
    String sql = vendor == DatabaseVendor.POSTGRESQL ? PG_UPSERT_DISCOVERY : H2_UPSERT_DISCOVERY;
    return writeBatches("save pattern discoveries", sql, discoveries, (statement, d) -> {
      statement.setObject(1, d.getId());
      statement.setObject(2, d.getPolitician().getId());
      statement.setString(3, d.getPatternType());
      statement.setDouble(4, d.getStrength());
      statement.setDouble(5, d.getConfidence());
      statement.setString(6, d.getParametersJson());
      statement.setString(7, d.getDescription().orElse(null));
      statement.setDate(8, Date.valueOf(d.getWindowStart()));
      statement.setDate(9, Date.valueOf(d.getWindowEnd()));
      statement.setTimestamp(10, Timestamp.from(d.getDiscoveryDate()));
      setUuid(statement, 11, d.getRunId().orElse(null));
    });
  }

  /**
   * Saves anomalies in JDBC batches, in one transaction: new natural keys are inserted, existing
   * ones replaced (severity, explanation, detection time, run) keeping their id and investigated
   * state. In the same transaction, every saved anomaly at or above an active webhook endpoint's
   * {@code min_severity} is queued in {@code webhook_outbox} for that endpoint
   * ({@link AnomalyOutbox#enqueueStored}, rows stamped with the repository's clock): the outbox
   * row exists exactly when its anomaly committed, and saving an anomaly again queues nothing
   * new. The role needs the discovery role's grants on {@code webhook_endpoints} and
   * {@code webhook_outbox} (V8).
   *
   * @param anomalies the anomalies; their politicians and trades must exist
   * @return the number of anomaly rows inserted or replaced
   * @throws PersistenceException if the database refuses or fails (nothing is saved or queued)
   */
  public int saveAnomalies(Collection<AnomalyDetection> anomalies) {
    ArgChecker.notNull(anomalies, "anomalies");
    String sql = vendor == DatabaseVendor.POSTGRESQL ? PG_UPSERT_ANOMALY : H2_UPSERT_ANOMALY;
    List<String> keys = anomalies.stream().map(AnomalyDetection::getNaturalKey).toList();
    return writeBatches("save anomalies", sql, anomalies, c ->
        AnomalyOutbox.enqueueStored(c, vendor, keys, clock.instant()), (statement, a) -> {
      statement.setObject(1, a.getId());
      statement.setObject(2, a.getPolitician().getId());
      setUuid(statement, 3, a.getTrade().map(t -> t.getId()).orElse(null));
      statement.setString(4, a.getAnomalyType());
      statement.setDouble(5, a.getSeverity());
      statement.setString(6, a.getExplanationJson());
      statement.setDate(7, Date.valueOf(a.getWindowStart()));
      statement.setDate(8, Date.valueOf(a.getWindowEnd()));
      statement.setString(9, a.getNaturalKey());
      statement.setTimestamp(10, Timestamp.from(a.getDetectedAt()));
      setUuid(statement, 11, a.getRunId().orElse(null));
    });
  }

  private <T> List<T> read(Function<EntityManager, List<T>> query) {
    EntityManager em = entityManagerFactory.createEntityManager();
    try {
      return query.apply(em);
    } finally {
      em.close();
    }
  }

  private static void setUuid(PreparedStatement statement, int index, UUID value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }

  /** Binds one row's parameters. */
  @FunctionalInterface
  private interface RowBinder<T> {
    void bind(PreparedStatement statement, T row) throws SQLException;
  }

  /** Work run on the write's connection after its batches, before the commit. */
  @FunctionalInterface
  private interface AfterWrite {
    void run(Connection connection) throws SQLException;
  }

  private <T> int writeBatches(String what, String sql, Collection<T> rows, RowBinder<T> binder) {
    return writeBatches(what, sql, rows, c -> { }, binder);
  }

  private <T> int writeBatches(String what, String sql, Collection<T> rows, AfterWrite after,
      RowBinder<T> binder) {
    if (rows.isEmpty()) {
      return 0;
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int written = 0;
        int pending = 0;
        for (T row : rows) {
          binder.bind(statement, ArgChecker.notNull(row, "row"));
          statement.addBatch();
          if (++pending == QuantDatabase.JDBC_BATCH_SIZE) {
            written += countRows(statement.executeBatch());
            pending = 0;
          }
        }
        if (pending > 0) {
          written += countRows(statement.executeBatch());
        }
        after.run(connection);
        connection.commit();
        return written;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  private static int countRows(int[] counts) {
    int rows = 0;
    for (int count : counts) {
      // SUCCESS_NO_INFO (-2): the driver ran the statement but does not know the count; one row per statement
      rows += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
    }
    return rows;
  }

  private static PersistenceException failure(String what, SQLException e) {
    SQLException root = e.getNextException() != null ? e.getNextException() : e;
    return new PersistenceException(String.format(Locale.ROOT, "cannot %s: %s (SQLState %s)", what,
        root.getMessage(), root.getSQLState()), root);
  }
}
