package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.QuantDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The V8 grants: the host app's role manages endpoints but cannot queue deliveries; the discovery
 * role (workers) queues and delivers but cannot register endpoints. Run once per database (H2
 * enforces grants too, and its MERGE needs the right privileges).
 */
abstract class WebhookRolesContract {

  static final AtomicInteger USERS = new AtomicInteger();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"),
      ZoneOffset.UTC);
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  MigratedDatabase admin;
  DatabaseConfig adminConfig;
  private TestReceiver receiver;
  private DatabaseVendor vendor;

  abstract DatabaseConfig newDatabase();

  /** A login user of a group role, on the admin's database. */
  abstract DatabaseConfig loginUser(String role);

  /** The SQLState of a refused privilege. */
  abstract String refused();

  @BeforeEach
  void open() {
    adminConfig = newDatabase();
    admin = new MigratedDatabase(adminConfig);
    vendor = QuantDatabase.vendorOf(admin.dataSource);
    receiver = new TestReceiver();
  }

  @AfterEach
  void close() {
    receiver.close();
    admin.close();
  }

  private MigratedDatabase.Pool login(String role) {
    return MigratedDatabase.pool(loginUser(role));
  }

  private static WebhookOutbox.Anomaly critical() {
    return new WebhookOutbox.Anomaly(UUID.randomUUID(), "key-1", MigratedDatabase.POLITICIAN,
        Optional.empty(), "late_disclosure", 0.9, Map.of(), LocalDate.of(2020, 1, 1),
        LocalDate.of(2020, 12, 31), CLOCK.instant());
  }

  @Test
  void appRole_managesEndpoints_butCannotQueueDeliveries() {
    try (MigratedDatabase.Pool app = login("quant_app")) {
      WebhookEndpoints endpoints = new WebhookEndpoints(app.dataSource(), CLOCK);
      endpoints.add(receiver.url("/hook"), SECRET, 0.8);
      assertThat(endpoints.list()).hasSize(1);
      assertThatThrownBy(() -> Jdbc.transaction(app.dataSource(), c -> WebhookOutbox.enqueue(c,
          vendor, List.of(critical()), CLOCK.instant())))
          .hasMessageContaining(refused());
    }
  }

  @Test
  void discoveryRole_queuesAndDelivers_butCannotRegisterEndpoints() {
    new WebhookEndpoints(admin.dataSource, CLOCK).add(receiver.url("/hook"), SECRET, 0.8);
    try (MigratedDatabase.Pool worker = login("quant_discovery")) {
      assertThatThrownBy(() -> new WebhookEndpoints(worker.dataSource(), CLOCK)
          .add(URI.create("https://evil.example.com/"), SECRET, 0.0))
          .hasMessageContaining(refused());
      int queued = Jdbc.transaction(worker.dataSource(), c -> WebhookOutbox.enqueue(c,
          vendor, List.of(critical()), CLOCK.instant()));
      assertThat(queued).isEqualTo(1);
      WebhookDispatcher dispatcher = new WebhookDispatcher(worker.dataSource(),
          WebhookDispatcher.defaultClient(), CLOCK, RetryPolicy.DEFAULT, Duration.ofSeconds(2));
      assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(1, 1, 0));
      assertThat(receiver.processed).hasSize(1);
    }
  }
}
