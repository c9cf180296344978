package dev.quantsdk.rest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A small hand-written data set with known orderings, inserted with plain SQL: two politicians,
 * six discoveries, eight anomalies and four job runs. The expected orders in the tests are read
 * off the values below by hand.
 */
final class KnownRows {

  static final UUID ADA = id(0xA1);
  static final UUID BOB = id(0xB1);
  static final UUID NOBODY = id(0xFFF);

  // discoveries: (id, politician, strength, discovery_date)
  static final UUID D1 = id(0xD1); // ADA 0.90 2026-11-20T10:00Z
  static final UUID D2 = id(0xD2); // ADA 0.70 2026-11-21T10:00Z
  static final UUID D3 = id(0xD3); // BOB 0.95 2026-11-21T10:00Z
  static final UUID D4 = id(0xD4); // ADA 0.70 2026-11-21T10:00Z (ties D2: by id, D2 first)
  static final UUID D5 = id(0xD5); // BOB 0.50 2026-11-22T09:00:00.123456Z
  static final UUID D6 = id(0xD6); // ADA 0.90 2026-11-19T10:00Z

  // anomalies: (id, politician, severity, detected_at, investigated)
  static final UUID A1 = id(0xA01); // ADA 0.95 2026-11-20 open
  static final UUID A2 = id(0xA02); // BOB 0.90 2026-11-21 open
  static final UUID A3 = id(0xA03); // ADA 0.90 2026-11-21 open (ties A2: by id, A2 first)
  static final UUID A4 = id(0xA04); // ADA 0.90 2026-11-20 open (older: after A2, A3)
  static final UUID A5 = id(0xA05); // BOB 0.80 2026-11-21 open (exactly at the threshold)
  static final UUID A6 = id(0xA06); // ADA 0.79 2026-11-21 open (below the threshold)
  static final UUID A7 = id(0xA07); // BOB 0.99 2026-11-21 investigated
  static final UUID A8 = id(0xA08); // ADA 0.60 2026-11-21 open: the one the tests investigate

  // job runs: (id, kind, status, started, finished, ok, failed)
  static final UUID J1 = id(0x101); // discover SUCCEEDED 2026-11-22T01:00:00Z +2.000 s, 10/0
  static final UUID J2 = id(0x102); // discover PARTIAL   2026-11-22T02:00:00Z +4.500 s, 8/2
  static final UUID J3 = id(0x103); // scan-all FAILED    2026-11-22T03:00:00Z +1.000 s, 0/3
  static final UUID J4 = id(0x104); // discover RUNNING   2026-11-22T04:00:00Z, 0/0
  // a worker's per-politician outcome row: not a run, left out of the default jobs view
  static final UUID J5 = id(0x105); // discovery.nightly.politician SUCCEEDED 05:00:00Z +0.5 s, 1/0

  private KnownRows() {
  }

  static UUID id(int n) {
    return UUID.fromString(String.format("00000000-0000-0000-0000-%012x", n));
  }

  static void insert(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO politicians (id, full_name, chamber, state, district, natural_key) "
          + "VALUES ('" + ADA + "', 'Ada Lovelace', 'HOUSE', 'CA', 'CA12', 'HOUSE|ada lovelace')");
      s.execute("INSERT INTO politicians (id, full_name, chamber, natural_key) "
          + "VALUES ('" + BOB + "', 'Bob Marley', 'SENATE', 'SENATE|bob marley')");
      discovery(s, D1, ADA, 0.90, "2026-11-20 10:00:00");
      discovery(s, D2, ADA, 0.70, "2026-11-21 10:00:00");
      discovery(s, D3, BOB, 0.95, "2026-11-21 10:00:00");
      discovery(s, D4, ADA, 0.70, "2026-11-21 10:00:00");
      discovery(s, D5, BOB, 0.50, "2026-11-22 09:00:00.123456");
      discovery(s, D6, ADA, 0.90, "2026-11-19 10:00:00");
      anomaly(s, A1, ADA, 0.95, "2026-11-20 08:00:00", false);
      anomaly(s, A2, BOB, 0.90, "2026-11-21 08:00:00", false);
      anomaly(s, A3, ADA, 0.90, "2026-11-21 08:00:00", false);
      anomaly(s, A4, ADA, 0.90, "2026-11-20 08:00:00", false);
      anomaly(s, A5, BOB, 0.80, "2026-11-21 08:00:00", false);
      anomaly(s, A6, ADA, 0.79, "2026-11-21 08:00:00", false);
      anomaly(s, A7, BOB, 0.99, "2026-11-21 08:00:00", true);
      anomaly(s, A8, ADA, 0.60, "2026-11-21 08:00:00", false);
      run(s, J1, "discover", "SUCCEEDED", "2026-11-22 01:00:00", "2026-11-22 01:00:02", 10, 0);
      run(s, J2, "discover", "PARTIAL", "2026-11-22 02:00:00", "2026-11-22 02:00:04.5", 8, 2);
      run(s, J3, "scan-all", "FAILED", "2026-11-22 03:00:00", "2026-11-22 03:00:01", 0, 3);
      run(s, J4, "discover", "RUNNING", "2026-11-22 04:00:00", null, 0, 0);
      run(s, J5, "discovery.nightly.politician", "SUCCEEDED", "2026-11-22 05:00:00",
          "2026-11-22 05:00:00.5", 1, 0);
    }
  }

  private static void discovery(Statement s, UUID id, UUID politician, double strength,
      String at) throws SQLException {
    s.execute("INSERT INTO pattern_discoveries (id, politician_id, pattern_type, strength, "
        + "confidence, parameters, description, window_start, window_end, discovery_date) VALUES ('"
        + id + "', '" + politician + "', 'fourier_cycle', " + strength + ", 0.99, "
        + "'{\"period_days\": 91.0, \"q_value\": 0.003}'" + jsonCast(s) + ", 'cycle " + id
        + "', DATE '" + windowStart(id) + "', DATE '2022-12-31', TIMESTAMP WITH TIME ZONE '" + at
        + "+00:00')"
        );
  }

  private static void anomaly(Statement s, UUID id, UUID politician, double severity, String at,
      boolean investigated) throws SQLException {
    s.execute("INSERT INTO anomaly_detections (id, politician_id, anomaly_type, severity, "
        + "explanation, window_start, window_end, natural_key, detected_at, investigated, "
        + "investigated_at, investigated_by) VALUES ('" + id + "', '" + politician
        + "', 'late_disclosure', " + severity + ", '{\"lag_days\": 120}'" + jsonCast(s) + ", "
        + "DATE '2020-01-01', DATE '2022-12-31', '" + id + "', TIMESTAMP WITH TIME ZONE '" + at
        + "+00:00', " + investigated + ", "
        + (investigated ? "TIMESTAMP WITH TIME ZONE '2026-11-21 12:00:00+00:00', 'carol'"
            : "NULL, NULL") + ")"
        );
  }

  private static void run(Statement s, UUID id, String kind, String status, String started,
      String finished, int ok, int failed) throws SQLException {
    s.execute("INSERT INTO job_runs (id, kind, started_at, finished_at, status, items_ok, "
        + "items_failed, message) VALUES ('" + id + "', '" + kind + "', TIMESTAMP WITH TIME ZONE '"
        + started + "+00:00', " + (finished == null ? "NULL"
            : "TIMESTAMP WITH TIME ZONE '" + finished + "+00:00'") + ", '" + status + "', " + ok
        + ", " + failed + ", " + (failed > 0 ? "'x: boom'" : "NULL") + ")");
  }

  /** Distinct windows keep the discoveries' natural keys apart: 2020-01-(id mod 28 + 1). */
  static String windowStart(UUID id) {
    return String.format("2020-01-%02d", id.getLeastSignificantBits() % 28 + 1);
  }

  /** H2 needs FORMAT JSON to store an object; PostgreSQL casts text to jsonb. */
  static String jsonCast(Statement s) throws SQLException {
    return s.getConnection().getMetaData().getDatabaseProductName().equals("H2")
        ? " FORMAT JSON" : "::jsonb";
  }
}
