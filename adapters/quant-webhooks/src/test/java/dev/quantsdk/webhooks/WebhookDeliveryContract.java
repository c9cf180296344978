package dev.quantsdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.DatabaseVendor;
import dev.quantsdk.persistence.QuantDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outbox and the dispatcher against a real receiver on loopback, run once per database (H2
 * and a real PostgreSQL). Time is a clock moved by hand, so the back-off runs without waiting.
 */
abstract class WebhookDeliveryContract {

  static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");
  static final String SECRET_A = "whsec-endpoint-a-0123456789abcdef";
  static final String SECRET_B = "whsec-endpoint-b-fedcba9876543210";
  static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(10), 2.0,
      Duration.ofHours(1));
  static final Duration TIMEOUT = Duration.ofMillis(1500);
  static final LocalDate FROM = LocalDate.of(2020, 1, 1);
  static final LocalDate TO = LocalDate.of(2020, 12, 31);
  static final ObjectMapper JSON = new ObjectMapper();

  private MigratedDatabase db;
  private DatabaseVendor vendor;
  private TestReceiver receiver;
  private MutableClock clock;
  private WebhookEndpoint endpointA;
  private WebhookEndpoint endpointB;

  abstract DatabaseConfig newDatabase();

  @BeforeEach
  void open() {
    db = new MigratedDatabase(newDatabase());
    vendor = QuantDatabase.vendorOf(db.dataSource);
    receiver = new TestReceiver();
    clock = new MutableClock(T0);
    WebhookEndpoints endpoints = new WebhookEndpoints(db.dataSource, clock);
    endpointA = endpoints.add(receiver.url("/a"), SECRET_A, 0.8);
    endpointB = endpoints.add(receiver.url("/b"), SECRET_B, 0.95);
  }

  @AfterEach
  void close() {
    receiver.close();
    db.close();
  }

  private static WebhookOutbox.Anomaly anomaly(String type, double severity, boolean withTrade) {
    Optional<UUID> trade = withTrade ? Optional.of(MigratedDatabase.TRADE) : Optional.empty();
    String key = MigratedDatabase.POLITICIAN + "|" + trade.map(UUID::toString).orElse("-") + "|"
        + type + "|" + FROM + "|" + TO;
    return new WebhookOutbox.Anomaly(UUID.randomUUID(), key, MigratedDatabase.POLITICIAN, trade,
        type, severity, Map.of("lag_days", 60, "z_score", 4.25), FROM, TO, T0);
  }

  private int enqueue(List<WebhookOutbox.Anomaly> anomalies) {
    return Jdbc.transaction(db.dataSource,
        c -> WebhookOutbox.enqueue(c, vendor, anomalies, clock.instant()));
  }

  private WebhookDispatcher dispatcher(Clock dispatchClock) {
    return new WebhookDispatcher(db.dataSource, WebhookDispatcher.defaultClient(), dispatchClock,
        RETRY, TIMEOUT);
  }

  /** The signature header computed here with javax.crypto directly, not with the code under test. */
  private static String expectedSignature(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
  }

  @Test
  void enqueue_queuesPerEndpointThreshold_andReRunsAddNothing() {
    List<WebhookOutbox.Anomaly> found = List.of(anomaly("late_disclosure", 0.85, true),
        anomaly("unusual_size", 0.9, true), anomaly("cluster", 0.97, false),
        anomaly("unusual_ticker", 0.5, true));
    // A (>= 0.8) takes 0.85, 0.9 and 0.97; B (>= 0.95) only 0.97; nobody takes 0.5
    assertThat(enqueue(found)).isEqualTo(4);
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE endpoint_id = '"
        + endpointB.id() + "' AND severity = 0.97")).isEqualTo(1);
    // a re-run stores the same anomalies again (with new row ids): no new delivery
    List<WebhookOutbox.Anomaly> again = found.stream().map(a -> new WebhookOutbox.Anomaly(
        UUID.randomUUID(), a.naturalKey(), a.politicianId(), a.tradeId(), a.type(), a.severity(),
        a.explanation(), a.windowFrom(), a.windowTo(), a.detectedAt())).toList();
    assertThat(enqueue(again)).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox")).isEqualTo(4);
    // an inactive endpoint gets nothing new
    new WebhookEndpoints(db.dataSource, clock).setActive(endpointB.id(), false);
    assertThat(enqueue(List.of(anomaly("new_critical", 0.99, false)))).isEqualTo(1);
  }

  @Test
  void enqueue_rolledBackWithItsTransaction_leavesNoRow() {
    assertThatThrownBy(() -> Jdbc.transaction(db.dataSource, c -> {
      WebhookOutbox.enqueue(c, vendor, List.of(anomaly("late_disclosure", 0.9, true)), T0);
      throw new IllegalStateException("the anomaly insert failed");
    })).hasMessage("the anomaly insert failed");
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox")).isZero();
  }

  @Test
  void dispatch_deliversEveryCriticalAnomalyOnce_throughErrorsTimeoutsAndAnOutage()
      throws Exception {
    List<WebhookOutbox.Anomaly> found = List.of(anomaly("late_disclosure", 0.85, true),
        anomaly("unusual_size", 0.9, true), anomaly("cluster", 0.97, false),
        anomaly("unusual_ticker", 0.5, true));
    enqueue(found);
    WebhookDispatcher dispatcher = dispatcher(clock);

    // 1. the receiver fails: 500 twice, 10 s apart (nothing is due in between)
    receiver.answer(r -> TestReceiver.Answer.status(500));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(4, 0, 4));
    clock.advance(Duration.ofSeconds(5));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(WebhookDispatcher.Summary.EMPTY);
    clock.advance(Duration.ofSeconds(5));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(4, 0, 4));
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NULL "
        + "AND last_status = 500 AND attempts = 2")).isEqualTo(4);

    // 2. the receiver is down: connection refused, twice (after 20 s, then 40 s)
    receiver.down();
    clock.advance(Duration.ofSeconds(20));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(4, 0, 4));
    clock.advance(Duration.ofSeconds(40));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(4, 0, 4));
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NULL "
        + "AND last_status IS NULL AND last_error LIKE '%Connect%'")).isEqualTo(4);
    int requestsBeforeRecovery = receiver.requests.size();

    // 3. back up: 200, except that the first answer for the 0.9 anomaly comes after the timeout
    //    (the receiver processes it, the dispatcher never sees the 200)
    receiver.up();
    String slowKey = WebhookOutbox.idempotencyKey(endpointA.id(), found.get(1).naturalKey())
        .toString();
    int slowBefore = receiver.requestsFor(slowKey).size();
    receiver.answer(r -> r.key().equals(slowKey)
        && receiver.requestsFor(slowKey).size() == slowBefore + 1
        ? new TestReceiver.Answer(200, TIMEOUT.toMillis() + 700) : TestReceiver.Answer.status(200));
    clock.advance(Duration.ofSeconds(80));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(4, 3, 1));
    clock.advance(Duration.ofSeconds(160));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(1, 1, 0));
    clock.advance(Duration.ofHours(2));
    assertThat(dispatcher.dispatchAllDue(10)).isEqualTo(WebhookDispatcher.Summary.EMPTY);

    // every critical anomaly processed exactly once per endpoint; the 0.5 one never sent
    assertThat(receiver.requests.size()).isEqualTo(requestsBeforeRecovery + 5);
    assertThat(receiver.processed).hasSize(4);
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NOT NULL "
        + "AND last_status = 200")).isEqualTo(4);
    assertThat(receiver.requests).noneMatch(r -> new String(r.body(), StandardCharsets.UTF_8)
        .contains("unusual_ticker"));
    assertThat(receiver.requests.stream().filter(r -> r.path().equals("/b"))
        .map(TestReceiver.Request::key).distinct()).hasSize(1);

    // every request signed with its endpoint's secret; repeats carry the same key and body
    for (TestReceiver.Request r : receiver.requests) {
      String secret = r.path().equals("/a") ? SECRET_A : SECRET_B;
      assertThat(r.signature()).isEqualTo(expectedSignature(secret, r.body()));
      assertThat(WebhookSignatures.verify(secret, r.body(), r.signature())).isTrue();
    }
    Map<String, List<TestReceiver.Request>> byKey = receiver.requests.stream()
        .collect(Collectors.groupingBy(TestReceiver.Request::key));
    assertThat(byKey).hasSize(4);
    // two 500s, then the late 200 and its repeat (the refused attempts never arrived)
    assertThat(byKey.get(slowKey)).hasSize(4);
    for (List<TestReceiver.Request> repeats : byKey.values()) {
      assertThat(repeats).extracting(r -> new String(r.body(), StandardCharsets.UTF_8))
          .containsOnly(new String(repeats.get(0).body(), StandardCharsets.UTF_8));
      assertThat(repeats).extracting(TestReceiver.Request::attempt)
          .containsExactlyElementsOf(expectedAttempts(repeats.size()));
    }
  }

  /** Attempts 1, 2 (the 500s) reach the receiver; 3, 4 are refused; then 5 (and 6). */
  private static List<Integer> expectedAttempts(int received) {
    List<Integer> out = new ArrayList<>(List.of(1, 2));
    for (int attempt = 5; out.size() < received; attempt++) {
      out.add(attempt);
    }
    return out;
  }

  @Test
  void payload_holdsTheAnomaly() throws Exception {
    WebhookOutbox.Anomaly a = anomaly("late_disclosure", 0.85, true);
    enqueue(List.of(a));
    assertThat(dispatcher(clock).dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(1, 1, 0));
    JsonNode body = JSON.readTree(receiver.requests.get(0).body());
    assertThat(body.get("event").asText()).isEqualTo("anomaly.detected");
    assertThat(body.get("id").asText()).isEqualTo(a.id().toString());
    assertThat(body.get("politician").get("id").asText()).isEqualTo(MigratedDatabase.POLITICIAN.toString());
    assertThat(body.get("politician").get("name").asText()).isEqualTo("Nancy Pelosi");
    assertThat(body.get("trade").get("id").asText()).isEqualTo(MigratedDatabase.TRADE.toString());
    assertThat(body.get("trade").get("ticker").asText()).isEqualTo("AAPL");
    assertThat(body.get("trade").get("transaction_date").asText()).isEqualTo("2020-03-02");
    assertThat(body.get("trade").get("amount_max_usd").asLong()).isEqualTo(15000);
    assertThat(body.get("type").asText()).isEqualTo("late_disclosure");
    assertThat(body.get("severity").asDouble()).isEqualTo(0.85);
    assertThat(body.get("explanation").get("lag_days").asInt()).isEqualTo(60);
    assertThat(body.get("explanation").get("z_score").asDouble()).isEqualTo(4.25);
    assertThat(body.get("window").get("from").asText()).isEqualTo("2020-01-01");
    assertThat(body.get("detected_at").asText()).isEqualTo("2026-11-22T02:00:00Z");
  }

  @Test
  void dispatch_afterAWorkerDiedMidBatch_retriesItsRowsWhenTheLeaseEnds() {
    enqueue(List.of(anomaly("late_disclosure", 0.85, true)));
    WebhookDispatcher dying = new WebhookDispatcher(db.dataSource, new CrashingHttpClient(), clock,
        RETRY, TIMEOUT);
    assertThatThrownBy(() -> dying.dispatchDue(10)).hasMessageContaining("worker killed");
    WebhookDispatcher survivor = dispatcher(clock);
    // the claim holds for twice the timeout plus the margin: nobody sends it meanwhile
    Duration lease = TIMEOUT.multipliedBy(2).plusSeconds(WebhookDispatcher.LEASE_MARGIN_SECONDS);
    clock.advance(lease.minusSeconds(1));
    assertThat(survivor.dispatchAllDue(10)).isEqualTo(WebhookDispatcher.Summary.EMPTY);
    clock.advance(Duration.ofSeconds(1));
    assertThat(survivor.dispatchAllDue(10)).isEqualTo(new WebhookDispatcher.Summary(1, 1, 0));
    assertThat(receiver.requests).singleElement()
        .satisfies(r -> assertThat(r.attempt()).isEqualTo(2));
  }

  @ParameterizedTest
  @CsvSource({"200, true", "201, true", "204, true", "299, true", "302, false", "400, false",
      "404, false", "429, false", "503, false"})
  void dispatch_marksDeliveredOnlyOn2xx(int status, boolean delivered) {
    enqueue(List.of(anomaly("late_disclosure", 0.85, true)));
    receiver.answer(r -> TestReceiver.Answer.status(status));
    WebhookDispatcher.Summary summary = dispatcher(clock).dispatchAllDue(10);
    assertThat(summary.delivered()).isEqualTo(delivered ? 1 : 0);
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NOT NULL"))
        .isEqualTo(delivered ? 1 : 0);
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE last_status = " + status))
        .isEqualTo(1);
  }

  @Test
  void twoDispatchers_concurrently_neverDeliverTheSameRowTwice() throws Exception {
    int anomalies = 120;
    List<WebhookOutbox.Anomaly> found = new ArrayList<>();
    for (int i = 0; i < anomalies; i++) {
      found.add(anomaly("type_" + i, 0.85, false));
    }
    enqueue(found);
    receiver.answer(r -> new TestReceiver.Answer(200, 2));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<WebhookDispatcher.Summary>> runs = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        WebhookDispatcher d = dispatcher(Clock.offset(Clock.systemUTC(), Duration.between(
            Instant.now(), T0.plusSeconds(1))));
        runs.add(pool.submit(() -> {
          WebhookDispatcher.Summary total = WebhookDispatcher.Summary.EMPTY;
          for (int round = 0; round < 200 && db.count(
              "SELECT COUNT(*) FROM webhook_outbox WHERE delivered_at IS NULL") > 0; round++) {
            total = total.plus(d.dispatchDue(5));
          }
          return total;
        }));
      }
      int delivered = 0;
      for (Future<WebhookDispatcher.Summary> run : runs) {
        WebhookDispatcher.Summary s = run.get();
        assertThat(s.failed()).isZero();
        delivered += s.delivered();
      }
      assertThat(delivered).isEqualTo(anomalies);
    } finally {
      pool.shutdownNow();
    }
    assertThat(receiver.requests).hasSize(anomalies);
    Set<String> keys = receiver.requests.stream().map(TestReceiver.Request::key)
        .collect(Collectors.toSet());
    assertThat(keys).hasSize(anomalies);
    assertThat(db.count("SELECT COUNT(*) FROM webhook_outbox WHERE attempts = 1 "
        + "AND delivered_at IS NOT NULL")).isEqualTo(anomalies);
  }
}
