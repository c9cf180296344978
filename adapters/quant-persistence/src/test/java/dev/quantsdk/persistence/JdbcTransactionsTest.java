package dev.quantsdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcTransactionsTest {

  private JdbcDataSource dataSource;
  private Connection keepAlive;

  @BeforeEach
  void createTable() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:tx" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    keepAlive = dataSource.getConnection();
    try (Statement s = keepAlive.createStatement()) {
      s.execute("CREATE TABLE t (v INT PRIMARY KEY)");
    }
  }

  private int rows() throws SQLException {
    try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void inTransaction_commitsTheWork_andRestoresAutoCommit() throws SQLException {
    boolean[] autoCommitInside = new boolean[1];
    int inserted = JdbcTransactions.inTransaction(dataSource, "t", c -> {
      autoCommitInside[0] = c.getAutoCommit();
      try (Statement s = c.createStatement()) {
        return s.executeUpdate("INSERT INTO t VALUES (1), (2)");
      }
    });

    assertThat(inserted).isEqualTo(2);
    assertThat(autoCommitInside[0]).isFalse();
    assertThat(rows()).isEqualTo(2);
  }

  @Test
  void inTransaction_rollsBackEveryStatement_whenTheWorkThrows() throws SQLException {
    assertThatThrownBy(() -> JdbcTransactions.inTransaction(dataSource, "t", c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO t VALUES (1)");
      }
      throw new IllegalArgumentException("bad row");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad row");

    assertThat(rows()).isZero();
  }

  @Test
  void inTransaction_namesTheTablesAndTheSqlState_ofADatabaseError() throws SQLException {
    assertThatThrownBy(() -> JdbcTransactions.inTransaction(dataSource, "test tables", c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO t VALUES (1)");
        return s.executeUpdate("INSERT INTO t VALUES (1)");
      }
    })).isInstanceOf(IllegalStateException.class)
        // 23505: unique violation, as H2 and PostgreSQL report it
        .hasMessageStartingWith("test tables: database error (SQLState 23505)");

    assertThat(rows()).isZero();
  }
}
