package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's discovery routes ({@code /api/v1/politicians},
 * {@code /api/v1/discoveries/politician/{id}/activity}, {@code /api/v1/networks/latest}) without a
 * server, over hand-written rows on H2 whose expected answers are worked out below by hand; the
 * periodogram against a naive discrete Fourier transform written here.
 */
class DiscoveryRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double TIGHT = 1e-9;

  // politicians: (id, trades). Most trades first, ties by id: CY (5), ED (5), FAY (2), DI (0)
  private static final UUID CY = KnownRows.id(0x11);
  private static final UUID DI = KnownRows.id(0x12);
  private static final UUID ED = KnownRows.id(0x13);
  private static final UUID FAY = KnownRows.id(0x14);
  private static final UUID CYCLE_WEAK = KnownRows.id(0xC1);
  private static final UUID CYCLE_STRONG = KnownRows.id(0xC2);
  private static final UUID OTHER_PATTERN = KnownRows.id(0xC3);
  private static final UUID NET_OLD = KnownRows.id(0xE1);
  private static final UUID NET_NEW = KnownRows.id(0xE2);

  @TempDir
  static Path dir;

  private static QuantDatabase db;
  private static QuantApi api;

  @BeforeAll
  static void open() throws SQLException {
    db = QuantDatabase.open(TestDatabases.h2(dir));
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      politician(s, CY, "Cy Cycle", "HOUSE", "'NY'");
      politician(s, DI, "Di Dormant", "SENATE", "NULL");
      politician(s, ED, "Ed Even", "HOUSE", "'TX'");
      politician(s, FAY, "Fay Few", "HOUSE", "NULL");
      // Cy: Mon 2024-01-01, Wed 2024-01-03 twice, Sat 2024-01-06 (counts on Mon 01-08),
      // Fri 2024-01-12
      int n = 0;
      for (String d : new String[] {"2024-01-01", "2024-01-03", "2024-01-03", "2024-01-06",
          "2024-01-12"}) {
        trade(s, ++n, CY, d);
      }
      for (String d : new String[] {"2023-05-01", "2023-05-02", "2023-05-03", "2023-05-04",
          "2023-05-05"}) {
        trade(s, ++n, ED, d);
      }
      trade(s, ++n, FAY, "2023-02-04");
      trade(s, ++n, FAY, "2023-02-05");
      String json = KnownRows.jsonCast(s);
      pattern(s, CYCLE_WEAK, CY, "fourier_cycle", 0.6, "2020-01-01", json);
      pattern(s, CYCLE_STRONG, CY, "fourier_cycle", 0.8, "2020-01-02", json);
      pattern(s, OTHER_PATTERN, CY, "fourier_cycle_candidate", 0.9, "2020-01-03", json);
      s.execute("INSERT INTO network_discoveries (id, algorithm, window_start, window_end, "
          + "node_count, edge_count, nodes, edges, modularity, description, discovery_date) "
          + "VALUES ('" + NET_OLD + "', 'sdsm+leiden', DATE '2019-01-01', DATE '2019-12-31', 0, 0, "
          + "'[]'" + json + ", '[]'" + json + ", NULL, 'old', "
          + "TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00:00')");
      // the store writes the facade's records with Jackson's default names
      String nodes = "[{\"politicianId\": \"" + CY + "\", \"community\": 0, \"pagerank\": 0.625, "
          + "\"betweenness\": 0.0}, {\"politicianId\": \"" + ED + "\", \"community\": 1, "
          + "\"pagerank\": 0.375, \"betweenness\": \"NaN\"}, {\"politicianId\": \"gone\", "
          + "\"community\": 1, \"pagerank\": 0.0, \"betweenness\": 0.0}]";
      String edges = "[{\"a\": \"" + CY + "\", \"b\": \"" + ED + "\", \"weight\": 3.0, "
          + "\"pValue\": 0.001, \"qValue\": 0.004}]";
      s.execute("INSERT INTO network_discoveries (id, algorithm, window_start, window_end, "
          + "node_count, edge_count, nodes, edges, modularity, description, discovery_date) "
          + "VALUES ('" + NET_NEW + "', 'sdsm+leiden', DATE '2020-01-01', DATE '2022-12-31', 3, "
          + "1, '" + nodes + "'" + json + ", '" + edges + "'" + json + ", 0.25, 'two blocs', "
          + "TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+00:00')");
    }
    api = QuantApi.create(db.dataSource(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
        QuantApi.Settings.defaults());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void politicians_mostTradesFirst_tiesById_withTheirCountsAndDates() throws Exception {
    JsonNode page = get("/api/v1/politicians");
    assertThat(ids(page)).containsExactly(CY, ED, FAY, DI);
    assertThat(page.get("items").get(0)).isEqualTo(JSON.readTree("""
        {"id": "%s", "name": "Cy Cycle", "chamber": "HOUSE", "party": null, "state": "NY",
         "district": null, "trades": 5, "first_trade": "2024-01-01",
         "last_trade": "2024-01-12"}""".formatted(CY)));
    JsonNode dormant = page.get("items").get(3);
    assertThat(dormant.get("trades").asLong()).isZero();
    assertThat(dormant.get("first_trade").isNull()).isTrue();
    assertThat(page.get("next").isNull()).isTrue();
  }

  @Test
  void politicians_pageAcrossTheTradeCountTie() throws Exception {
    List<UUID> walked = new ArrayList<>();
    String target = "/api/v1/politicians?limit=1";
    int pages = 0;
    while (target != null) {
      JsonNode page = get(target);
      walked.addAll(ids(page));
      pages++;
      target = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertThat(walked).containsExactly(CY, ED, FAY, DI);
    assertThat(pages).isEqualTo(4);
    RestResponse bad = api.handle(RestRequest.of("GET", "/api/v1/politicians?cursor=abc"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("cursor");
  }

  @Test
  void activity_businessDayCounts_periodogram_andTheStrongestStoredCycle() throws Exception {
    JsonNode a = get("/api/v1/discoveries/politician/" + CY + "/activity");
    assertThat(a.get("politician").get("name").asText()).isEqualTo("Cy Cycle");
    assertThat(a.get("day_basis").asText()).isEqualTo("BUSINESS");
    // weekdays 01-01..01-05 and 01-08..01-12; the Saturday trade counts on Monday 01-08
    String[] dates = {"2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05",
        "2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12"};
    double[] counts = {1, 0, 2, 0, 0, 1, 0, 0, 0, 1};
    JsonNode series = a.get("series");
    assertThat(series).hasSize(dates.length);
    for (int i = 0; i < dates.length; i++) {
      assertThat(series.get(i).get("date").asText()).isEqualTo(dates[i]);
      assertThat(series.get(i).get("count").asDouble()).isEqualTo(counts[i]);
    }
    // ordinates k = 1..floor((N-1)/2) = 4 at k/10 cycles per business day = 7/5 calendar days
    double[] power = naivePeriodogram(counts);
    JsonNode p = a.get("periodogram");
    assertThat(p).hasSize(4);
    for (int k = 1; k <= 4; k++) {
      JsonNode o = p.get(k - 1);
      assertThat(o.get("period_days").asDouble()).isCloseTo(14.0 / k, within(TIGHT));
      assertThat(o.get("frequency_per_day").asDouble()).isCloseTo(k / 14.0, within(TIGHT));
      assertThat(o.get("power").asDouble()).isCloseTo(power[k - 1], within(TIGHT));
    }
    assertThat(a.get("cycle")).isEqualTo(JSON.readTree("""
        {"discovery_id": "%s", "period_days": 30.5, "strength": 0.8, "confidence": 0.99,
         "q_value": 0.01, "window_start": "2020-01-02", "window_end": "2022-12-31",
         "description": "cycle"}""".formatted(CYCLE_STRONG)));
  }

  @Test
  void activity_withoutTrades_isEmpty_andWeekendOnlyTradesCountOnMonday() throws Exception {
    JsonNode none = get("/api/v1/discoveries/politician/" + DI + "/activity");
    assertThat(none.get("series")).isEmpty();
    assertThat(none.get("periodogram")).isEmpty();
    assertThat(none.get("cycle").isNull()).isTrue();
    // Sat 2023-02-04 and Sun 2023-02-05 both count on Monday 2023-02-06; one sample, no spectrum
    JsonNode weekend = get("/api/v1/discoveries/politician/" + FAY + "/activity");
    assertThat(weekend.get("series")).isEqualTo(JSON.readTree("""
        [{"date": "2023-02-06", "count": 2}]"""));
    assertThat(weekend.get("periodogram")).isEmpty();
  }

  @Test
  void activity_404ForAnUnknownPolitician_and400ForABadId() throws Exception {
    RestResponse missing = api.handle(RestRequest.of("GET", "/api/v1/discoveries/politician/"
        + KnownRows.NOBODY + "/activity"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no politician with id %s", "field": null}"""
        .formatted(KnownRows.NOBODY)));
    RestResponse bad = api.handle(RestRequest.of("GET",
        "/api/v1/discoveries/politician/cy/activity"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("id");
  }

  @Test
  void network_isTheNewestRow_withNamedNodes_andNonFiniteValuesAsNull() throws Exception {
    JsonNode n = get("/api/v1/networks/latest");
    assertThat(n).isEqualTo(JSON.readTree("""
        {"id": "%1$s", "algorithm": "sdsm+leiden", "window_start": "2020-01-01",
         "window_end": "2022-12-31", "modularity": 0.25, "description": "two blocs",
         "discovery_date": "2026-11-21T10:00:00Z",
         "nodes": [
           {"id": "%2$s", "label": "Cy Cycle", "community": 0, "pagerank": 0.625,
            "betweenness": 0.0},
           {"id": "%3$s", "label": "Ed Even", "community": 1, "pagerank": 0.375,
            "betweenness": null},
           {"id": "gone", "label": "gone", "community": 1, "pagerank": 0.0, "betweenness": 0.0}],
         "edges": [{"source": "%2$s", "target": "%3$s", "weight": 3.0, "p_value": 0.001,
            "q_value": 0.004}]}""".formatted(NET_NEW, CY, ED)));
  }

  /**
   * The raw periodogram by definition: the series minus its least-squares line, then
   * {@code |sum_t x_t e^{-2 pi i k t / N}|^2 / N} for k = 1..floor((N-1)/2).
   */
  private static double[] naivePeriodogram(double[] y) {
    int n = y.length;
    double mt = (n - 1) / 2.0;
    double my = 0;
    for (double v : y) {
      my += v / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int t = 0; t < n; t++) {
      sxy += (t - mt) * (y[t] - my);
      sxx += (t - mt) * (t - mt);
    }
    double slope = sxy / sxx;
    double[] x = new double[n];
    for (int t = 0; t < n; t++) {
      x[t] = y[t] - my - slope * (t - mt);
    }
    double[] out = new double[(n - 1) / 2];
    for (int k = 1; k <= out.length; k++) {
      double re = 0;
      double im = 0;
      for (int t = 0; t < n; t++) {
        re += x[t] * Math.cos(2 * Math.PI * k * t / n);
        im -= x[t] * Math.sin(2 * Math.PI * k * t / n);
      }
      out[k - 1] = (re * re + im * im) / n;
    }
    return out;
  }

  private static void politician(Statement s, UUID id, String name, String chamber,
      String state) throws SQLException {
    s.execute("INSERT INTO politicians (id, full_name, chamber, state, natural_key) VALUES ('"
        + id + "', '" + name + "', '" + chamber + "', " + state + ", '" + chamber + "|" + name
        + "')");
  }

  private static void trade(Statement s, int n, UUID politician, String date)
      throws SQLException {
    s.execute("INSERT INTO trades (id, politician_id, transaction_date, trade_type, source, "
        + "natural_key) VALUES ('" + KnownRows.id(0x7000 + n) + "', '" + politician + "', DATE '"
        + date + "', 'PURCHASE', 'test', 'trade-" + n + "')");
  }

  private static void pattern(Statement s, UUID id, UUID politician, String type,
      double strength, String windowStart, String json) throws SQLException {
    s.execute("INSERT INTO pattern_discoveries (id, politician_id, pattern_type, strength, "
        + "confidence, parameters, description, window_start, window_end, discovery_date) VALUES "
        + "('" + id + "', '" + politician + "', '" + type + "', " + strength + ", 0.99, "
        + "'{\"period_days\": 30.5, \"q_value\": 0.01}'" + json + ", 'cycle', DATE '"
        + windowStart + "', DATE '2022-12-31', TIMESTAMP WITH TIME ZONE "
        + "'2026-11-21 10:00:00+00:00')");
  }

  private static List<UUID> ids(JsonNode page) {
    List<UUID> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(UUID.fromString(n.get("id").asText())));
    return out;
  }

  private static JsonNode get(String target) throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", target));
    assertThat(r.status()).as("GET %s: %s", target, r.bodyText()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
