package dev.quantsdk.webhooks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A migrated test database behind a small pool, without Hibernate's bootstrap (the webhook code is
 * plain JDBC), with the few host rows the payloads refer to.
 */
final class MigratedDatabase implements AutoCloseable {

  static final UUID POLITICIAN = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID TRADE = UUID.fromString("10000000-0000-0000-0000-000000000001");

  final HikariDataSource dataSource;

  /** A pool connecting as another user, without migrating. */
  record Pool(HikariDataSource dataSource) implements AutoCloseable {
    @Override
    public void close() {
      dataSource.close();
    }
  }

  MigratedDatabase(DatabaseConfig config) {
    dataSource = pool(config).dataSource();
    QuantDatabase.migrate(dataSource);
    execute("INSERT INTO politicians (id, full_name, chamber, natural_key) VALUES ('" + POLITICIAN
        + "', 'Nancy Pelosi', 'HOUSE', 'HOUSE|nancy pelosi')");
    execute("INSERT INTO trades (id, politician_id, transaction_date, disclosure_date, ticker, "
        + "trade_type, amount_min_usd, amount_max_usd, source, natural_key) VALUES ('" + TRADE
        + "', '" + POLITICIAN + "', DATE '2020-03-02', DATE '2020-05-01', 'AAPL', 'PURCHASE', "
        + "1001, 15000, 'TEST', 'trade-1')");
  }

  static Pool pool(DatabaseConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(Math.max(config.maxPoolSize(), 8));
    return new Pool(new HikariDataSource(hikari));
  }

  /**
   * Registers one receiver (threshold 0.5) and queues {@code n} anomalies of severity 0.9 for it,
   * as a discovery write would.
   *
   * @return the number of rows queued
   */
  int queueForOneReceiver(URI url, int n, Instant at) {
    new WebhookEndpoints(dataSource, Clock.fixed(at, ZoneOffset.UTC))
        .add(url, "0123456789abcdef0123456789abcdef", 0.5);
    List<WebhookOutbox.Anomaly> anomalies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      anomalies.add(new WebhookOutbox.Anomaly(UUID.randomUUID(), "key-" + i, POLITICIAN,
          Optional.empty(), "t" + i, 0.9, Map.of(), LocalDate.of(2020, 1, 1),
          LocalDate.of(2020, 12, 31), at));
    }
    return Jdbc.transaction(dataSource, c -> WebhookOutbox.enqueue(c,
        QuantDatabase.vendorOf(dataSource), anomalies, at));
  }

  void execute(String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  long count(String sql) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
