package dev.quantsdk.benchmarks.load;

import dev.quantsdk.model.ArgChecker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Fills {@code pattern_discoveries} of a migrated PostgreSQL database with realistic rows for
 * load tests, as years of nightly discovery runs over the stored House politicians would have
 * written them: one {@code job_runs} row per night (kind {@value #RUN_KIND}), and for each
 * politician active that night a {@value #CANDIDATE} row and, when its cycle is significant, a
 * {@value #CYCLE} row, for each of two trailing windows (one and three years ending the day
 * before), with the parameters and descriptions the discovery engines write. Nights run
 * backwards from {@link #LAST_NIGHT} until the target is reached; discovery times spread over each
 * night's run. Rows are sent with PostgreSQL {@code COPY} in one transaction.
 *
 * <p>Idempotent: a table already holding the target count is left alone; otherwise the rows of an
 * earlier seeding (the runs whose message is {@value #SEED_MESSAGE}) are deleted first and the
 * table is topped up to the target. Rows of other origins are kept and counted. Deterministic for
 * a seed and the same stored politicians, row ids included. Thread-safe (stateless).
 */
public final class DiscoverySeeder {

  /** The pattern type of a cycle that survived false-discovery-rate control. */
  public static final String CYCLE = "fourier_cycle";

  /** The pattern type of a member's strongest cycle before false-discovery-rate control. */
  public static final String CANDIDATE = "fourier_cycle_candidate";

  /** The job kind of the seeded runs, the discovery worker's nightly kind. */
  public static final String RUN_KIND = "discovery.nightly";

  /** The message of every seeded run: how a later seeding finds the rows to replace. */
  public static final String SEED_MESSAGE = "seeded by the load fixture";

  /** The night of the newest seeded run. */
  public static final LocalDate LAST_NIGHT = LocalDate.of(2026, 11, 21);

  /** The trailing windows each run analyses, in calendar days: one year and three years. */
  private static final int[] WINDOW_DAYS = {365, 1096};

  /** A cycle candidate at or below this false-alarm probability also gets a cycle row. */
  static final double SIGNIFICANT_FAP = 0.01;

  private static final String COPY_SQL = "COPY pattern_discoveries (id, politician_id, "
      + "pattern_type, strength, confidence, parameters, description, window_start, window_end, "
      + "discovery_date, run_id) FROM STDIN";
  private static final String INSERT_RUN = "INSERT INTO job_runs (id, kind, started_at, "
      + "finished_at, status, items_ok, items_failed, message) VALUES (?, ?, ?, ?, 'SUCCEEDED', "
      + "?, 0, ?)";
  private static final String DELETE_SEEDED = "DELETE FROM pattern_discoveries WHERE run_id IN "
      + "(SELECT id FROM job_runs WHERE message = ?)";
  private static final double[] PERIODS = {7.0, 365.25 / 12, 365.25 / 4, 365.25};
  private static final String[] CALENDAR = {"WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL"};
  private static final int FLUSH_BYTES = 4 << 20;
  /** Seconds of a nightly run spent per politician and window before the cycles are stored. */
  private static final double SECONDS_PER_TASK = 0.9;

  /**
   * What a seeding did.
   *
   * @param before rows in the table before
   * @param deleted rows of an earlier, different seeding removed
   * @param inserted rows inserted
   * @param nights nightly runs inserted
   * @param firstNight the oldest seeded night, empty when nothing was inserted
   */
  public record Result(long before, long deleted, long inserted, int nights,
      Optional<LocalDate> firstNight) {

    /**
     * Validates the result.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Result {
      ArgChecker.isTrue(before >= 0 && deleted >= 0 && inserted >= 0 && nights >= 0,
          "counts must not be negative: %s %s %s %s", before, deleted, inserted, nights);
      ArgChecker.notNull(firstNight, "firstNight");
    }
  }

  private DiscoverySeeder() {
  }

  /**
   * Seeds the table up to {@code target} rows.
   *
   * @param dataSource a migrated PostgreSQL database holding politicians; the user needs
   *     {@code INSERT} and {@code DELETE} on {@code pattern_discoveries} and {@code job_runs}
   * @param target the row count wanted, at least 1
   * @param seed the random seed
   * @return what was done
   * @throws IllegalArgumentException if the target is not positive
   * @throws IllegalStateException if no politician is stored or the database refuses the rows
   */
  public static Result seed(DataSource dataSource, long target, long seed) {
    ArgChecker.notNull(dataSource, "dataSource");
    ArgChecker.isTrue(target > 0, "target must be positive: %s", target);
    try (Connection c = dataSource.getConnection()) {
      long before = count(c);
      if (before >= target) {
        return new Result(before, 0, 0, 0, Optional.empty());
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        long deleted = deleteSeeded(c);
        long missing = target - (before - deleted);
        List<UUID> politicians = politicians(c);
        Result r = insert(c, politicians, missing, seed, before, deleted);
        c.commit();
        return r;
      } catch (SQLException | IOException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot seed pattern_discoveries: " + e.getMessage(), e);
    }
  }

  /**
   * Counts the rows of {@code pattern_discoveries}.
   *
   * @param c an open connection
   * @return the count
   * @throws SQLException if the query fails
   */
  static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pattern_discoveries")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long deleteSeeded(Connection c) throws SQLException {
    long deleted;
    try (PreparedStatement ps = c.prepareStatement(DELETE_SEEDED)) {
      ps.setString(1, SEED_MESSAGE);
      deleted = ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM job_runs WHERE message = ?")) {
      ps.setString(1, SEED_MESSAGE);
      ps.executeUpdate();
    }
    return deleted;
  }

  private static List<UUID> politicians(Connection c) throws SQLException {
    List<UUID> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT id FROM politicians WHERE chamber = 'HOUSE' ORDER BY id")) {
      while (rs.next()) {
        out.add(rs.getObject(1, UUID.class));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no House politicians are stored: import a House "
          + "disclosure file first (the fixture imports the bundled House file)");
    }
    return out;
  }

  /** One politician's habits: how often a run finds a cycle, and which. */
  private record Profile(double activity, double period, int calendar, double strength,
      double significance) {

    static Profile draw(SplittableRandom r) {
      int k = r.nextInt(PERIODS.length + 1);
      double period = k < PERIODS.length ? PERIODS[k] : 3 + r.nextDouble() * 200;
      return new Profile(0.35 + 0.65 * r.nextDouble(), period, k < PERIODS.length ? k : -1,
          Math.pow(r.nextDouble(), 1.5) * 0.9 + 0.01, r.nextDouble() * 0.6);
    }
  }

  private static Result insert(Connection c, List<UUID> politicians, long missing, long seed,
      long before, long deleted) throws SQLException, IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<Profile> profiles = new ArrayList<>(politicians.size());
    for (int i = 0; i < politicians.size(); i++) {
      profiles.add(Profile.draw(random));
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder rows = new StringBuilder(FLUSH_BYTES + 65536);
    long inserted = 0;
    int nights = 0;
    LocalDate night = LAST_NIGHT;
    try (PreparedStatement runs = c.prepareStatement(INSERT_RUN)) {
      while (inserted < missing) {
        UUID run = UUID.nameUUIDFromBytes(("quant-load-seed|" + night)
            .getBytes(StandardCharsets.UTF_8));
        Instant start = night.atTime(2, 0).toInstant(ZoneOffset.UTC)
            .plusMillis(random.nextInt(600_000));
        LocalDate windowEnd = night.minusDays(1);
        int tasks = WINDOW_DAYS.length * politicians.size();
        double finalising = tasks * SECONDS_PER_TASK;
        BitSet active = new BitSet(politicians.size());
        for (int t = 0; t < tasks && inserted < missing; t++) {
          int i = t % politicians.size();
          LocalDate windowStart = windowEnd.minusDays(WINDOW_DAYS[t / politicians.size()] - 1);
          Profile p = profiles.get(i);
          if (random.nextDouble() >= p.activity()) {
            continue;
          }
          active.set(i);
          Cycle cycle = Cycle.draw(p, random);
          Instant candidateAt = start.plusMillis(Math.round(
              (t * SECONDS_PER_TASK + random.nextDouble()) * 1000));
          row(rows, id(random), politicians.get(i), CANDIDATE, cycle.strength, 1 - cycle.fap,
              cycle.parameters(null), cycle.candidateDescription(), windowStart, windowEnd,
              candidateAt, run);
          inserted++;
          if (cycle.fap <= SIGNIFICANT_FAP && inserted < missing) {
            double q = Math.min(1, cycle.fap * (1 + random.nextDouble() * 40));
            Instant cycleAt = start.plusMillis(Math.round((finalising + t * 0.05) * 1000));
            row(rows, id(random), politicians.get(i), CYCLE, cycle.strength, 1 - q,
                cycle.parameters(q), cycle.description(q), windowStart, windowEnd, cycleAt, run);
            inserted++;
          }
        }
        runs.setObject(1, run);
        runs.setString(2, RUN_KIND);
        runs.setTimestamp(3, Timestamp.from(start));
        runs.setTimestamp(4, Timestamp.from(start.plusSeconds(Math.round(finalising) + 30)));
        runs.setInt(5, active.cardinality());
        runs.setString(6, SEED_MESSAGE);
        runs.addBatch();
        nights++;
        if (rows.length() >= FLUSH_BYTES || inserted >= missing) {
          runs.executeBatch();
          flush(copy, rows);
        }
        night = night.minusDays(1);
      }
    }
    return new Result(before, deleted, inserted, nights,
        Optional.of(night.plusDays(1)));
  }

  /** One run's strongest cycle of a politician. */
  private static final class Cycle {
    final double period;
    final double strength;
    final double fap;
    final double pValue;
    final double power;
    final double phase;
    final int calendar;
    final int effectiveN;
    final int searched;

    private Cycle(double period, double strength, double fap, double pValue, double power,
        double phase, int calendar, int effectiveN, int searched) {
      this.period = period;
      this.strength = strength;
      this.fap = fap;
      this.pValue = pValue;
      this.power = power;
      this.phase = phase;
      this.calendar = calendar;
      this.effectiveN = effectiveN;
      this.searched = searched;
    }

    static Cycle draw(Profile p, SplittableRandom r) {
      boolean usual = r.nextDouble() < 0.8;
      double period = usual ? p.period() * (1 + 0.02 * (r.nextDouble() - 0.5))
          : 2.1 + r.nextDouble() * 300;
      double strength = Math.min(1, Math.max(0, p.strength() * Math.exp(0.25 * r.nextGaussian())));
      // significant runs: log-uniform in [1e-12, 1e-2]; the others uniform in (0.01, 1]
      double fap = r.nextDouble() < p.significance() ? Math.pow(10, -12 + 10 * r.nextDouble())
          : SIGNIFICANT_FAP + (1 - SIGNIFICANT_FAP) * r.nextDouble();
      int searched = 500 + r.nextInt(1100);
      double pValue = Math.min(fap, fap / searched * (1 + r.nextDouble()));
      return new Cycle(period, strength, fap, pValue, 0.05 + 0.6 * strength * r.nextDouble(),
          (r.nextDouble() * 2 - 1) * Math.PI, usual ? p.calendar() : -1, 100 + r.nextInt(700),
          searched);
    }

    /** The engines' parameter object, with the q-value after FDR control when given. */
    String parameters(Double q) {
      StringBuilder b = new StringBuilder(420);
      b.append("{\"period_days\": ").append(period)
          .append(", \"frequency_per_day\": ").append(1 / period)
          .append(", \"normalised_power\": ").append(power)
          .append(", \"amplitude\": ").append(strength * 2.5)
          .append(", \"phase_radians\": ").append(phase)
          .append(", \"p_value\": ").append(pValue)
          .append(", \"false_alarm_probability\": ").append(fap);
      if (q != null) {
        b.append(", \"q_value\": ").append(q.doubleValue());
      }
      b.append(", \"method\": \"FFT_PERIODOGRAM\", \"null_model\": \"AR1_RESIDUAL_BOOTSTRAP\"")
          .append(", \"effective_n\": ").append(effectiveN)
          .append(", \"searched_frequencies\": ").append(searched)
          .append(", \"harmonics\": ").append(period > 20 ? 2 : 1)
          .append(", \"calendar_cycle\": ")
          .append(calendar < 0 ? "null" : "\"" + CALENDAR[calendar] + "\"").append('}');
      return b.toString();
    }

    String candidateDescription() {
      return String.format(Locale.ROOT,
          "Strongest %s-day cycle before FDR control (false-alarm probability %.2g)",
          formatPeriod(period), fap);
    }

    String description(double q) {
      String level = strength >= 0.7 ? "Strong" : strength >= 0.4 ? "Moderate" : "Weak";
      return String.format(Locale.ROOT, "%s %s-day cycle detected (q = %.2g)%s", level,
          formatPeriod(period), q, calendar < 0 ? ""
              : "; matches the " + CALENDAR[calendar].toLowerCase(Locale.ROOT)
                  + " calendar cycle");
    }

    private static String formatPeriod(double periodDays) {
      return String.format(Locale.ROOT, periodDays < 10 ? "%.1f" : "%.0f", periodDays);
    }

  }

  /** Appends one row in COPY's text format (no field holds a tab, newline or backslash). */
  /** A version-4 UUID from the seeded generator. */
  private static UUID id(SplittableRandom r) {
    long high = (r.nextLong() & ~0xF000L) | 0x4000L;
    long low = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private static void row(StringBuilder b, UUID id, UUID politician, String type, double strength,
      double confidence, String parameters, String description, LocalDate windowStart,
      LocalDate windowEnd, Instant at, UUID run) {
    b.append(id).append('\t').append(politician).append('\t').append(type)
        .append('\t').append(strength).append('\t').append(confidence).append('\t')
        .append(parameters).append('\t').append(description).append('\t').append(windowStart)
        .append('\t').append(windowEnd).append('\t').append(at).append('\t').append(run)
        .append('\n');
  }

  private static void flush(CopyManager copy, StringBuilder rows)
      throws SQLException, IOException {
    if (rows.length() == 0) {
      return;
    }
    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
    CopyIn in = copy.copyIn(COPY_SQL);
    try {
      in.writeToCopy(bytes, 0, bytes.length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
    rows.setLength(0);
  }
}
