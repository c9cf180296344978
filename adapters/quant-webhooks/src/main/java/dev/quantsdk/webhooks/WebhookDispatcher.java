package dev.quantsdk.webhooks;

import dev.quantsdk.model.ArgChecker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due rows of {@code webhook_outbox}: POSTs each row's stored JSON body to its endpoint
 * with {@code X-Quant-Signature} and {@code X-Quant-Idempotency-Key}, marks the row delivered only
 * on a 2xx answer and otherwise schedules the next attempt by the {@link RetryPolicy}.
 *
 * <p>Safe with any number of dispatchers on one database: a batch is claimed in a short
 * transaction that locks the due rows ({@code SELECT ... FOR UPDATE SKIP LOCKED}, so concurrent
 * dispatchers take different rows) and moves their due time a lease ahead with a compare-and-set
 * on the attempt count; the requests go out after that transaction commits, so no lock is held
 * during HTTP. At most {@code maxInFlight} requests of a batch are open at once; the lease covers
 * the slowest case, {@code ceil(batch / maxInFlight)} rounds of twice the request timeout, plus
 * {@value #LEASE_MARGIN_SECONDS} s. A dispatcher that dies mid-batch leaves its rows to be retried
 * when the lease ends: delivery is at least once, and the receiver drops repeats by the
 * idempotency key.
 *
 * <p>Time comes from the given clock (due times are compared with it, never with the database's
 * clock). Thread-safe; secrets are never logged.
 */
public final class WebhookDispatcher {

  /** The largest batch one call claims. */
  public static final int MAX_BATCH = 1000;

  /** The default request timeout. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /** Seconds added to the sending time of a batch to form its claim's lease. */
  public static final int LEASE_MARGIN_SECONDS = 30;

  /** The default number of requests open at once. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 8;

  /** The header counting the attempts of one delivery, 1 on the first. */
  public static final String ATTEMPT_HEADER = "X-Quant-Delivery-Attempt";

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
  private static final int ERROR_LIMIT = 1000;

  private final DataSource dataSource;
  private final HttpClient http;
  private final Clock clock;
  private final RetryPolicy retry;
  private final Duration requestTimeout;
  private final int maxInFlight;

  /**
   * What one dispatch did.
   *
   * @param attempted deliveries attempted (claimed and sent)
   * @param delivered attempts answered with a 2xx, now marked delivered
   * @param failed attempts that failed (non-2xx, timeout, connection error) and wait for a retry
   */
  public record Summary(int attempted, int delivered, int failed) {

    /** Nothing attempted. */
    public static final Summary EMPTY = new Summary(0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count is negative or delivered + failed exceeds
     *     attempted
     */
    public Summary {
      ArgChecker.notNegative(attempted, "attempted");
      ArgChecker.notNegative(delivered, "delivered");
      ArgChecker.notNegative(failed, "failed");
      ArgChecker.isTrue(delivered + failed <= attempted,
          "delivered %s + failed %s exceed attempted %s", delivered, failed, attempted);
    }

    /**
     * Adds another summary.
     *
     * @param other the other summary
     * @return the sums
     */
    public Summary plus(Summary other) {
      return new Summary(attempted + other.attempted, delivered + other.delivered,
          failed + other.failed);
    }
  }

  /**
   * Creates a dispatcher.
   *
   * @param dataSource a data source on a migrated Quant SDK schema (the discovery role's or the
   *     host app's grants are not enough alone: it needs SELECT on {@code webhook_endpoints} and
   *     SELECT, UPDATE on {@code webhook_outbox}, which {@code quant_discovery} has)
   * @param http the client sending the requests (it should not follow redirects: a 3xx is a
   *     failure)
   * @param clock the clock deciding what is due and stamping attempts
   * @param retry the back-off between attempts
   * @param requestTimeout the time allowed for each request, positive
   */
  public WebhookDispatcher(DataSource dataSource, HttpClient http, Clock clock, RetryPolicy retry,
      Duration requestTimeout) {
    this(dataSource, http, clock, retry, requestTimeout, DEFAULT_MAX_IN_FLIGHT);
  }

  /**
   * Creates a dispatcher with a bound on the requests open at once.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   * @param http the client sending the requests
   * @param clock the clock deciding what is due and stamping attempts
   * @param retry the back-off between attempts
   * @param requestTimeout the time allowed for each request, positive
   * @param maxInFlight the most requests open at once, 1 to 256
   */
  public WebhookDispatcher(DataSource dataSource, HttpClient http, Clock clock, RetryPolicy retry,
      Duration requestTimeout, int maxInFlight) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
    this.http = ArgChecker.notNull(http, "http");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.retry = ArgChecker.notNull(retry, "retry");
    this.requestTimeout = ArgChecker.notNull(requestTimeout, "requestTimeout");
    ArgChecker.isTrue(!requestTimeout.isNegative() && !requestTimeout.isZero(),
        "requestTimeout must be positive but was %s", requestTimeout);
    this.maxInFlight = ArgChecker.inRangeInclusive(maxInFlight, 1, 256, "maxInFlight");
  }

  /**
   * A dispatcher with the defaults: the UTC system clock, {@link RetryPolicy#DEFAULT}, a
   * {@linkplain #DEFAULT_REQUEST_TIMEOUT 10 s} request timeout, {@value #DEFAULT_MAX_IN_FLIGHT}
   * requests open at once and an HTTP client with a 5 s connect
   * timeout that never follows redirects.
   *
   * @param dataSource a data source on a migrated Quant SDK schema
   * @return the dispatcher
   */
  public static WebhookDispatcher of(DataSource dataSource) {
    return new WebhookDispatcher(dataSource, defaultClient(), Clock.systemUTC(),
        RetryPolicy.DEFAULT, DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * The HTTP client of {@link #of}: a 5 s connect timeout, redirects never followed.
   *
   * @return a new client
   */
  public static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Claims up to {@code maxBatch} due rows (oldest due first) and delivers them once.
   *
   * @param maxBatch the most rows to claim, 1 to {@value #MAX_BATCH}
   * @return what was attempted and how it went
   * @throws IllegalArgumentException if {@code maxBatch} is out of range
   * @throws IllegalStateException if the database cannot be read or written
   */
  public Summary dispatchDue(int maxBatch) {
    ArgChecker.inRangeInclusive(maxBatch, 1, MAX_BATCH, "maxBatch");
    return dispatch(maxBatch, clock.instant()).summary;
  }

  /**
   * Delivers everything due now, once: claims batches of rows due at the start of the call until
   * a batch comes back short. A row that fails is due again only after its back-off, so it is not
   * attempted twice in one call.
   *
   * @param batchSize the rows per batch, 1 to {@value #MAX_BATCH}
   * @return the sums over all batches
   * @throws IllegalArgumentException if {@code batchSize} is out of range
   * @throws IllegalStateException if the database cannot be read or written
   */
  public Summary dispatchAllDue(int batchSize) {
    return dispatchAllDue(batchSize, () -> true);
  }

  /**
   * As {@link #dispatchAllDue(int)}, stopping between batches once {@code keepGoing} says so (for
   * example when the worker shuts down).
   *
   * @param batchSize the rows per batch, 1 to {@value #MAX_BATCH}
   * @param keepGoing asked before every batch after the first
   * @return the sums over the batches run
   * @throws IllegalArgumentException if {@code batchSize} is out of range
   * @throws IllegalStateException if the database cannot be read or written
   */
  public Summary dispatchAllDue(int batchSize, BooleanSupplier keepGoing) {
    ArgChecker.inRangeInclusive(batchSize, 1, MAX_BATCH, "batchSize");
    ArgChecker.notNull(keepGoing, "keepGoing");
    Instant dueBy = clock.instant();
    Summary total = Summary.EMPTY;
    while (true) {
      Batch batch = dispatch(batchSize, dueBy);
      total = total.plus(batch.summary);
      if (batch.found < batchSize || !keepGoing.getAsBoolean()) {
        return total;
      }
    }
  }

  /** A claimed row: what to send where. */
  private record Claim(UUID id, int attempt, String payload, UUID endpointId, URI url,
      String secret) {

    @Override
    public String toString() {
      // never the secret
      return "Claim[" + id + ", attempt " + attempt + ", endpoint " + endpointId + "]";
    }
  }

  /** A batch's outcome and how many due rows its query found (claimed or lost to a race). */
  private record Batch(Summary summary, int found) {
  }

  private Batch dispatch(int maxBatch, Instant dueBy) {
    int[] found = new int[1];
    List<Claim> claims = Jdbc.transaction(dataSource, c -> claim(c, maxBatch, dueBy, found));
    if (claims.isEmpty()) {
      return new Batch(Summary.EMPTY, found[0]);
    }
    List<CompletableFuture<Outcome>> sent = new ArrayList<>(claims.size());
    Semaphore slots = new Semaphore(maxInFlight);
    for (Claim claim : claims) {
      slots.acquireUninterruptibly();
      sent.add(send(claim).whenComplete((outcome, failure) -> slots.release()));
    }
    List<Outcome> outcomes = new ArrayList<>(claims.size());
    for (CompletableFuture<Outcome> f : sent) {
      outcomes.add(f.join());
    }
    Instant now = clock.instant();
    Jdbc.transaction(dataSource, c -> {
      record(c, outcomes, now);
      return null;
    });
    int delivered = (int) outcomes.stream().filter(Outcome::delivered).count();
    Summary summary = new Summary(outcomes.size(), delivered, outcomes.size() - delivered);
    LOG.debug("webhooks: {} attempted, {} delivered, {} failed", summary.attempted(),
        summary.delivered(), summary.failed());
    return new Batch(summary, found[0]);
  }

  private List<Claim> claim(Connection c, int maxBatch, Instant dueBy, int[] found)
      throws SQLException {
    Map<UUID, Integer> attempts = new HashMap<>();
    Map<UUID, String> payloads = new HashMap<>();
    Map<UUID, UUID> endpoints = new HashMap<>();
    List<UUID> order = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT id, attempts, payload, endpoint_id "
        + "FROM webhook_outbox WHERE delivered_at IS NULL AND next_attempt_at <= ? "
        + "AND endpoint_id IN (SELECT id FROM webhook_endpoints WHERE active) "
        + "ORDER BY next_attempt_at, id LIMIT " + maxBatch + " FOR UPDATE SKIP LOCKED")) {
      ps.setTimestamp(1, Jdbc.ts(dueBy));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          order.add(id);
          attempts.put(id, rs.getInt(2));
          payloads.put(id, rs.getString(3));
          endpoints.put(id, rs.getObject(4, UUID.class));
        }
      }
    }
    found[0] = order.size();
    if (order.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    Duration lease = lease(order.size());
    List<UUID> won = new ArrayList<>(order.size());
    try (PreparedStatement ps = c.prepareStatement("UPDATE webhook_outbox SET attempts = "
        + "attempts + 1, last_attempt_at = ?, next_attempt_at = ? WHERE id = ? AND attempts = ? "
        + "AND delivered_at IS NULL")) {
      for (UUID id : order) {
        ps.setTimestamp(1, Jdbc.ts(now));
        ps.setTimestamp(2, Jdbc.ts(now.plus(lease)));
        ps.setObject(3, id);
        ps.setInt(4, attempts.get(id));
        // one by one: the count tells whether this dispatcher won the row
        if (ps.executeUpdate() == 1) {
          won.add(id);
        }
      }
    }
    Map<UUID, Object[]> targets = activeEndpoints(c);
    List<Claim> claims = new ArrayList<>(won.size());
    for (UUID id : won) {
      Object[] target = targets.get(endpoints.get(id));
      if (target != null) {
        claims.add(new Claim(id, attempts.get(id) + 1, payloads.get(id), endpoints.get(id),
            (URI) target[0], (String) target[1]));
      }
    }
    return claims;
  }

  /** How long a claim of {@code rows} rows holds: the slowest case of sending them, plus margin. */
  Duration lease(int rows) {
    int rounds = (rows + maxInFlight - 1) / maxInFlight;
    return requestTimeout.multipliedBy(2L * rounds).plusSeconds(LEASE_MARGIN_SECONDS);
  }

  private static Map<UUID, Object[]> activeEndpoints(Connection c) throws SQLException {
    Map<UUID, Object[]> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id, url, secret FROM webhook_endpoints WHERE active");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getObject(1, UUID.class),
            new Object[] {URI.create(rs.getString(2)), rs.getString(3)});
      }
    }
    return out;
  }

  /** How one attempt ended. */
  private record Outcome(Claim claim, Optional<Integer> status, Optional<String> error) {

    boolean delivered() {
      return status.isPresent() && status.get() >= 200 && status.get() < 300;
    }
  }

  private CompletableFuture<Outcome> send(Claim claim) {
    byte[] body = claim.payload().getBytes(StandardCharsets.UTF_8);
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(claim.url())
          .timeout(requestTimeout)
          .header("Content-Type", "application/json; charset=utf-8")
          .header("User-Agent", "quant-sdk-webhooks")
          .header(WebhookSignatures.SIGNATURE_HEADER, WebhookSignatures.sign(claim.secret(), body))
          .header(WebhookSignatures.IDEMPOTENCY_HEADER, claim.id().toString())
          .header(ATTEMPT_HEADER, Integer.toString(claim.attempt()))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(
          new Outcome(claim, Optional.empty(), Optional.of("invalid request: " + e.getMessage())));
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle((response, failure) -> {
          if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
            return new Outcome(claim, Optional.empty(),
                Optional.of(cause.getClass().getSimpleName() + message));
          }
          int status = response.statusCode();
          return new Outcome(claim, Optional.of(status), status >= 200 && status < 300
              ? Optional.empty() : Optional.of("HTTP " + status));
        });
  }

  private void record(Connection c, List<Outcome> outcomes, Instant now) throws SQLException {
    try (PreparedStatement ok = c.prepareStatement("UPDATE webhook_outbox SET delivered_at = ?, "
        + "last_status = ?, last_error = NULL WHERE id = ? AND delivered_at IS NULL");
        PreparedStatement failed = c.prepareStatement("UPDATE webhook_outbox SET "
            + "next_attempt_at = ?, last_status = ?, last_error = ? WHERE id = ? AND attempts = ? "
            + "AND delivered_at IS NULL")) {
      Timestamp stamp = Jdbc.ts(now);
      Map<UUID, Integer> failures = new TreeMap<>();
      Map<UUID, String> lastErrors = new HashMap<>();
      for (Outcome o : outcomes) {
        if (o.delivered()) {
          ok.setTimestamp(1, stamp);
          ok.setInt(2, o.status().orElseThrow());
          ok.setObject(3, o.claim().id());
          ok.addBatch();
        } else {
          failed.setTimestamp(1, Jdbc.ts(now.plus(retry.delayAfter(o.claim().attempt()))));
          if (o.status().isPresent()) {
            failed.setInt(2, o.status().get());
          } else {
            failed.setNull(2, Types.INTEGER);
          }
          String error = o.error().orElse("failed");
          failed.setString(3, error.length() <= ERROR_LIMIT ? error
              : error.substring(0, ERROR_LIMIT));
          failed.setObject(4, o.claim().id());
          failed.setInt(5, o.claim().attempt());
          failed.addBatch();
          failures.merge(o.claim().endpointId(), 1, Integer::sum);
          lastErrors.put(o.claim().endpointId(), error);
          if (LOG.isDebugEnabled()) {
            LOG.debug(String.format(Locale.ROOT, "webhook delivery %s to endpoint %s failed "
                + "(attempt %d): %s; next attempt in %s", o.claim().id(), o.claim().endpointId(),
                o.claim().attempt(), error, retry.delayAfter(o.claim().attempt())));
          }
        }
      }
      // one line per endpoint and batch, not per row: a receiver that is down fails them all
      failures.forEach((endpoint, n) -> LOG.warn(String.format(Locale.ROOT, "webhooks: %d "
          + "delivery attempt(s) to endpoint %s failed, last error: %s; retried with back-off",
          n, endpoint, lastErrors.get(endpoint))));
      ok.executeBatch();
      failed.executeBatch();
    }
  }
}
