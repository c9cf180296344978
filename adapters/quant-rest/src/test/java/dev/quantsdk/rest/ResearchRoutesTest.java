package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The research routes (features, model experiments, latest signals) without a server, over the
 * bundled ES1 file, an in-memory futures store and hand-written {@code model_experiments} rows on
 * H2. ES1's first closes (head -5 of the CSV): 934.0, 915.0, 908.0, 924.0, 922.0, so the 3-bar
 * SMA is (934 + 915 + 908) / 3 = 919.0 on 1997-09-11, 2,747 / 3 on 09-12 and 918.0 on 09-15. At the
 * last bar the 50-bar mean close is 2,946.39 and the 200-bar one 2,867.38 (python3 over the CSV;
 * with settles 2,945.91 and 2,867.30): the sma-cross rule is long.
 */
class ResearchRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double TIGHT = 1e-9;
  private static final UUID OLD = KnownRows.id(0x501);
  private static final UUID NEW_A = KnownRows.id(0x502);
  private static final UUID NEW_B = KnownRows.id(0x503);

  @TempDir
  static Path dir;

  private static QuantDatabase db;
  private static InMemoryFuturesStore store;
  private static QuantApi api;

  @BeforeAll
  static void open() throws SQLException {
    db = QuantDatabase.open(TestDatabases.h2(dir));
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      experiment(s, OLD, "ridge", "2026-11-20 10:00:00", true);
      experiment(s, NEW_B, "logistic", "2026-11-21 10:00:00", false);
      experiment(s, NEW_A, "ridge", "2026-11-21 10:00:00", false);
    }
    store = new InMemoryFuturesStore();
    api = QuantApi.builder(db.dataSource())
        .clock(new SteppingClock(Instant.parse("2026-11-22T09:00:00Z"), Duration.ofSeconds(1)))
        .futuresStore(store).barSource(EsSources.bars()).build();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void features_sma3_byHand_nullDuringWarmUp_pagedByDate() throws Exception {
    JsonNode first = get("/api/v1/futurequant/features?instrument=ES1"
        + "&indicators=sma(3),%20bollinger(3,2)&limit=2");
    assertThat(first.get("columns")).isEqualTo(JSON.readTree("""
        ["sma_3", "bb_upper_3_2", "bb_middle_3_2", "bb_lower_3_2"]"""));
    assertThat(first.get("items").findValuesAsText("date"))
        .containsExactly("1997-09-09", "1997-09-10");
    assertThat(first.get("items").get(1).get("values").get("sma_3").isNull()).isTrue();
    JsonNode second = get(first.get("next").asText());
    double[] expected = {919.0, 2747.0 / 3};
    assertThat(second.get("items").findValuesAsText("date"))
        .containsExactly("1997-09-11", "1997-09-12");
    for (int i = 0; i < 2; i++) {
      JsonNode v = second.get("items").get(i).get("values");
      assertThat(v.get("sma_3").asDouble()).isCloseTo(expected[i], within(TIGHT));
      assertThat(v.get("bb_middle_3_2").asDouble()).isCloseTo(expected[i], within(TIGHT));
      assertThat(v.get("bb_upper_3_2").asDouble() - expected[i])
          .isCloseTo(expected[i] - v.get("bb_lower_3_2").asDouble(), within(TIGHT));
    }
    JsonNode third = get(second.get("next").asText());
    assertThat(third.get("items").get(0).get("values").get("sma_3").asDouble())
        .isCloseTo(918.0, within(TIGHT));
  }

  @Test
  void features_from_theLastBars_warmedUpOnTheEarlierOnes() throws Exception {
    JsonNode page = get("/api/v1/futurequant/features?instrument=ES1&indicators=sma(200)"
        + "&from=2019-10-17");
    assertThat(page.get("items").findValuesAsText("date"))
        .containsExactly("2019-10-17", "2019-10-18");
    assertThat(page.get("items").get(1).get("values").get("sma_200").asDouble())
        .isCloseTo(2867.38, within(1e-9));
    assertThat(page.get("next").isNull()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      indicators=sma(0)           | indicators | indicators: sma: '0' must be a whole number in [1, 1000]
      indicators=foo(3)           | indicators | indicators: unknown indicator 'foo': use sma, ema, wma, rsi, atr, roc, stddev, zscore, bollinger, macd
      indicators=sma(3            | indicators | indicators: expected name(arguments) at 'sma(3'
      indicators=sma(3)x          | indicators | indicators: expected ',' between indicators at 'x'
      indicators=macd(26,12,9)    | indicators | indicators: macd's fast period must be shorter than its slow period
      indicators=bollinger(20)    | indicators | indicators: bollinger takes 2 argument(s) but got 1
      indicators=                 | indicators | indicators: name 1 to 10 indicators
      x=1                         | indicators | indicators is required, such as sma(10),rsi(14)
      """)
  void features_badIndicatorLists_are400(String query, String field, String message)
      throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", "/api/v1/futurequant/features?instrument=ES1&"
        + query));
    assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.createObjectNode().put("error",
        "bad_request").put("message", message).put("field", field));
  }

  @Test
  void models_newestFirst_tiesById_paged() throws Exception {
    List<String> walked = new ArrayList<>();
    String target = "/api/v1/futurequant/models?limit=2";
    while (target != null) {
      JsonNode page = get(target);
      walked.addAll(page.get("items").findValuesAsText("id"));
      target = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertThat(walked).containsExactly(NEW_A.toString(), NEW_B.toString(), OLD.toString());
    JsonNode old = get("/api/v1/futurequant/models?limit=3").get("items").get(2);
    assertThat(old).isEqualTo(JSON.readTree("""
        {"id": "%s", "model_name": "ridge", "parameters": {"lambda": 1.0},
         "metrics": {"r2_oos": 0.001}, "deployment_ready": true,
         "experiment_date": "2026-11-20T10:00:00Z"}""".formatted(OLD)));
  }

  @Test
  void signals_404BeforeAnAnalysis_thenTheStoredOnes() throws Exception {
    RestResponse none = api.handle(RestRequest.of("GET",
        "/api/v1/futurequant/signals/latest?instrument=ES2"));
    assertThat(none.status()).isEqualTo(404);
    RestResponse run = api.handle(new RestRequest("POST", "/api/v1/futureexploratorium/core/analyses",
        Map.of(), Map.of(), "{\"instrument\": \"ES1\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(run.status()).isEqualTo(201);
    JsonNode signals = get("/api/v1/futurequant/signals/latest?instrument=ES1");
    assertThat(signals.get("analysis_id").asText())
        .isEqualTo(JSON.readTree(run.body()).get("run_id").asText());
    assertThat(signals.get("as_of").asText()).isEqualTo("2019-10-18");
    assertThat(signals.get("signals").findValuesAsText("name"))
        .containsExactly("model", "sma_cross");
    assertThat(signals.get("signals").get(1).get("latest").asInt()).isEqualTo(1);
    assertThat(signals.get("next_bar_forecast").isNumber()).isTrue();
  }

  private static void experiment(Statement s, UUID id, String model, String at, boolean ready)
      throws SQLException {
    String json = KnownRows.jsonCast(s);
    s.execute("INSERT INTO model_experiments (id, model_name, parameters, metrics, "
        + "deployment_ready, experiment_date) VALUES ('" + id + "', '" + model + "', "
        + "'{\"lambda\": 1.0}'" + json + ", '{\"r2_oos\": 0.001}'" + json + ", " + ready
        + ", TIMESTAMP WITH TIME ZONE '" + at + "+00:00')");
  }

  private static JsonNode get(String target) throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", target));
    assertThat(r.status()).as("GET %s: %s", target, r.bodyText()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
