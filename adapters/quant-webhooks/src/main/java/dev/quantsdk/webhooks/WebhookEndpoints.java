package dev.quantsdk.webhooks;

import dev.quantsdk.model.ArgChecker;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The registry of webhook receivers in {@code webhook_endpoints}, with their delivery state from
 * {@code webhook_outbox}. Registering needs the host app's grants ({@code quant_app}); listing
 * also works for the discovery role. Thread-safe.
 */
public final class WebhookEndpoints {

  private final DataSource dataSource;
  private final Clock clock;

  /**
   * Creates the registry.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   * @param clock the clock stamping registrations
   */
  public WebhookEndpoints(DataSource dataSource, Clock clock) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
    this.clock = ArgChecker.notNull(clock, "clock");
  }

  /**
   * An endpoint and how its deliveries stand.
   *
   * @param endpoint the endpoint (its secret included: never print it, print the fingerprint)
   * @param delivered deliveries acknowledged with a 2xx
   * @param pending deliveries not acknowledged yet (due now or waiting for a retry)
   * @param failedAttempts attempts of pending deliveries that failed so far
   * @param oldestPending when the oldest pending delivery was queued
   * @param lastError the error of the most recently attempted pending delivery
   */
  public record Status(WebhookEndpoint endpoint, long delivered, long pending, long failedAttempts,
      Optional<Instant> oldestPending, Optional<String> lastError) {

    /**
     * Validates the status.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Status {
      ArgChecker.notNull(endpoint, "endpoint");
      ArgChecker.isTrue(delivered >= 0 && pending >= 0 && failedAttempts >= 0,
          "counts must not be negative: %s, %s, %s", delivered, pending, failedAttempts);
      ArgChecker.notNull(oldestPending, "oldestPending");
      ArgChecker.notNull(lastError, "lastError");
    }
  }

  /**
   * Registers a receiver. Every anomaly stored from now on at or above its threshold is queued
   * for it once, including anomalies a later run stores again; anomalies stored earlier and never
   * stored again are not.
   *
   * @param url where to POST, an absolute http(s) URL
   * @param secret the shared secret, {@value WebhookEndpoint#MIN_SECRET_LENGTH} to
   *     {@value WebhookEndpoint#MAX_SECRET_LENGTH} characters
   * @param minSeverity the lowest severity delivered, in [0, 1]
   * @return the registered endpoint
   * @throws IllegalArgumentException if an argument is invalid or the URL is registered already
   * @throws IllegalStateException if the database refuses the write (for example without the
   *     host app's grants)
   */
  public WebhookEndpoint add(URI url, String secret, double minSeverity) {
    WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), url, secret, minSeverity,
        true, clock.instant());
    return Jdbc.transaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id FROM webhook_endpoints WHERE url = ?")) {
        ps.setString(1, url.toString());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                "%s is registered already as endpoint %s", url, rs.getObject(1)));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_endpoints (id, url, "
          + "secret, min_severity, active, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setObject(1, endpoint.id());
        ps.setString(2, url.toString());
        ps.setString(3, secret);
        ps.setDouble(4, minSeverity);
        ps.setBoolean(5, true);
        ps.setTimestamp(6, Jdbc.ts(endpoint.createdAt()));
        ps.executeUpdate();
      }
      return endpoint;
    });
  }

  /**
   * Activates or deactivates a receiver: an inactive one gets no new rows and its pending rows
   * wait (they are delivered if it is activated again).
   *
   * @param id the endpoint's id
   * @param active the new state
   * @return true if the endpoint exists
   */
  public boolean setActive(UUID id, boolean active) {
    ArgChecker.notNull(id, "id");
    return Jdbc.transaction(dataSource, c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE webhook_endpoints SET active = ? WHERE id = ?")) {
        ps.setBoolean(1, active);
        ps.setObject(2, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  /**
   * Lists every endpoint, oldest first, with its delivery counts.
   *
   * @return the endpoints and their states
   */
  public List<Status> list() {
    return Jdbc.transaction(dataSource, c -> {
      List<Status> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.url, e.secret, "
          + "e.min_severity, e.active, e.created_at, "
          + "(SELECT COUNT(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id "
          + "AND o.delivered_at IS NOT NULL), "
          + "(SELECT COUNT(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id "
          + "AND o.delivered_at IS NULL), "
          + "(SELECT COALESCE(SUM(o.attempts), 0) FROM webhook_outbox o WHERE o.endpoint_id = e.id "
          + "AND o.delivered_at IS NULL), "
          + "(SELECT MIN(o.created_at) FROM webhook_outbox o WHERE o.endpoint_id = e.id "
          + "AND o.delivered_at IS NULL) "
          + "FROM webhook_endpoints e ORDER BY e.created_at, e.id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          WebhookEndpoint e = new WebhookEndpoint(rs.getObject(1, UUID.class),
              URI.create(rs.getString(2)), rs.getString(3), rs.getDouble(4), rs.getBoolean(5),
              rs.getTimestamp(6).toInstant());
          out.add(new Status(e, rs.getLong(7), rs.getLong(8), rs.getLong(9),
              Jdbc.instant(rs.getTimestamp(10)), Optional.empty()));
        }
      }
      List<Status> withErrors = new ArrayList<>(out.size());
      for (Status s : out) {
        withErrors.add(new Status(s.endpoint(), s.delivered(), s.pending(), s.failedAttempts(),
            s.oldestPending(), lastError(c, s.endpoint().id())));
      }
      return withErrors;
    });
  }

  private static Optional<String> lastError(Connection c, UUID endpoint)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT last_error FROM webhook_outbox WHERE "
        + "endpoint_id = ? AND delivered_at IS NULL AND last_error IS NOT NULL "
        + "ORDER BY last_attempt_at DESC LIMIT 1")) {
      ps.setObject(1, endpoint);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
