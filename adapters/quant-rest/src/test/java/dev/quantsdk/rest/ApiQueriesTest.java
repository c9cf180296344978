package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.rest.dto.DiscoveryDto;
import dev.quantsdk.testing.TestDatabases;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recent list's keyset page on PostgreSQL with enough rows for the planner to matter: the
 * page after a cursor deep down must start its index scan at the cursor (a bounded index
 * condition), not read and discard every newer row (which made each page cost O(depth): 10,000
 * rows down, 9 ms instead of 0.1 ms with 1M rows; docs/benchmarks.md, "Load"). Row counts from
 * {@code EXPLAIN ANALYZE}, not timings.
 */
class ApiQueriesTest {

  private static final int ROWS = 20_000;
  private static final int DEPTH = 5_000;
  private static final int LIMIT = 10;
  private static final UUID POLITICIAN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

  private static QuantDatabase db;
  private static DataSource pool;

  @BeforeAll
  static void fill() throws SQLException {
    db = QuantDatabase.open(TestDatabases.postgres());
    pool = db.dataSource();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO politicians (id, full_name, chamber, natural_key) VALUES ('"
          + POLITICIAN + "', 'Ada Lovelace', 'HOUSE', 'HOUSE|ada lovelace')");
      // one row a minute back from 2026-11-22, every 4th minute shared by two rows (ties broken
      // by strength, then id); distinct windows keep the natural keys apart
      s.execute("INSERT INTO pattern_discoveries (id, politician_id, pattern_type, strength, "
          + "confidence, parameters, window_start, window_end, discovery_date) "
          + "SELECT md5(n::text)::uuid, '" + POLITICIAN + "', 'fourier_cycle', (n % 97) / 97.0, "
          + "0.9, '{\"period_days\": 7.0}', DATE '1900-01-01' + n, DATE '1900-01-01' + n, "
          + "TIMESTAMPTZ '2026-11-22 00:00:00+00' - make_interval(mins => n - n % 4 / 3) "
          + "FROM generate_series(1, " + ROWS + ") AS n");
      s.execute("ANALYZE pattern_discoveries");
    }
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void recentDiscoveries_pageAfterADeepCursor_isTheNextRowsInListOrder() throws SQLException {
    List<UUID> expected = ids("SELECT id FROM pattern_discoveries ORDER BY discovery_date DESC, "
        + "strength DESC, id OFFSET " + DEPTH + " LIMIT " + LIMIT);

    ApiQueries.Rows<DiscoveryDto> page = new ApiQueries(pool).recentDiscoveries(LIMIT,
        Optional.of(cursorAt(DEPTH)));

    assertThat(page.items()).extracting(DiscoveryDto::id).containsExactlyElementsOf(expected);
    assertThat(page.more()).isTrue();
  }

  @Test
  void recentDiscoveries_pageAfterADeepCursor_startsItsIndexScanAtTheCursor() throws Exception {
    List<Recorded> statements = new ArrayList<>();
    new ApiQueries(recording(pool, statements)).recentDiscoveries(LIMIT,
        Optional.of(cursorAt(DEPTH)));
    assertThat(statements).hasSize(1);
    Recorded page = statements.get(0);

    String plan = explainAnalyze(page);

    // the scan reads the page (limit + 1 rows, and the join's one look-ahead row) plus at most
    // the rows tied with the cursor's time, instead of the DEPTH newer rows
    assertThat(plan).contains("Index Cond: (discovery_date <=");
    Matcher removed = Pattern.compile("Rows Removed by Filter: (\\d+)").matcher(plan);
    if (removed.find()) {
      assertThat(Integer.parseInt(removed.group(1))).as(plan).isLessThanOrEqualTo(2);
    }
  }

  private static PageCursor cursorAt(int depth) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT discovery_date, strength, id FROM "
            + "pattern_discoveries ORDER BY discovery_date DESC, strength DESC, id OFFSET "
            + (depth - 1) + " LIMIT 1")) {
      rs.next();
      Timestamp at = rs.getTimestamp(1);
      return new PageCursor("recent", rs.getDouble(2), at.toInstant(),
          rs.getObject(3, UUID.class));
    }
  }

  private static List<UUID> ids(String sql) throws SQLException {
    List<UUID> out = new ArrayList<>();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getObject(1, UUID.class));
      }
    }
    return out;
  }

  private static String explainAnalyze(Recorded statement) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (Connection c = pool.getConnection();
        PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) "
            + statement.sql())) {
      for (var e : statement.parameters().entrySet()) {
        ps.setObject(e.getKey(), e.getValue());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }

  /** A statement the code under test prepared, with the values it bound. */
  private record Recorded(String sql, TreeMap<Integer, Object> parameters) {
  }

  /** A data source whose prepared statements record their SQL and bound values. */
  private static DataSource recording(DataSource target, List<Recorded> into) {
    return proxy(DataSource.class, (p, m, args) -> {
      Object result = invoke(target, m, args);
      if (m.getName().equals("getConnection")) {
        Connection c = (Connection) result;
        return proxy(Connection.class, (cp, cm, cargs) -> {
          Object r = invoke(c, cm, cargs);
          if (cm.getName().equals("prepareStatement")) {
            Recorded rec = new Recorded((String) cargs[0], new TreeMap<>());
            into.add(rec);
            PreparedStatement ps = (PreparedStatement) r;
            return proxy(PreparedStatement.class, (sp, sm, sargs) -> {
              if (sm.getName().startsWith("set") && sargs != null && sargs.length == 2
                  && sargs[0] instanceof Integer index) {
                rec.parameters().put(index, sargs[1]);
              }
              return invoke(ps, sm, sargs);
            });
          }
          return r;
        });
      }
      return result;
    });
  }

  private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
      throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(ApiQueriesTest.class.getClassLoader(),
        new Class<?>[] {type}, handler));
  }
}
