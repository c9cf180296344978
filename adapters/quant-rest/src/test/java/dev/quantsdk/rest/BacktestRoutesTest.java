package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backtest routes without a server, over the bundled ES1/ES2 files and an in-memory futures
 * store. The ES1 10/50 run with 2.50 commission and 1 tick slippage is the issue's example, whose
 * published totals (docs/cli.md, {@code quant backtest}) are 146 fills, 727.50 USD fees and a
 * final equity of 95,397.50 USD; the fees also follow in closed form from the fill count (the
 * first fill opens one contract, every later one reverses two: 2.50 x (1 + 2 x 145)).
 */
class BacktestRoutesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double CENT = 1e-6;
  private static final String ES1_ISSUE = """
      {"instrument": "ES1", "strategy": "sma-cross", "fast": 10, "slow": 50, "mode": "long-short",
       "contracts": 1, "commission": 2.5, "slippage_ticks": 1}""";
  private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

  private InMemoryFuturesStore store;
  private QuantApi api;

  @BeforeEach
  void create() {
    store = new InMemoryFuturesStore();
    api = QuantApi.builder(EsSources.noDatabase()).clock(new SteppingClock(START, Duration.ofSeconds(1)))
        .futuresStore(store).barSource(EsSources.bars()).build();
  }

  @Test
  void post_es1IssueExample_is201_withThePublishedTotals_andIsStored() throws Exception {
    RestResponse r = post(ES1_ISSUE);
    assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
    JsonNode run = JSON.readTree(r.body());
    String id = run.get("id").asText();
    assertThat(r.headers()).containsEntry("Location", "/api/v1/futurequant/backtests/" + id);
    assertThat(run.get("strategy").asText()).isEqualTo("sma-cross");
    assertThat(run.get("root_symbol").asText()).isEqualTo("ES");
    // the file's first and last rows (head -2 / tail -1 of ES1_front_month_daily.csv)
    assertThat(run.get("period_start").asText()).isEqualTo("1997-09-09");
    assertThat(run.get("period_end").asText()).isEqualTo("2019-10-18");
    assertThat(run.get("created_at").asText()).isEqualTo(START.toString());
    JsonNode m = run.get("metrics");
    assertThat(m.get("bars").asInt()).isEqualTo(5650);
    assertThat(m.get("fills").asInt()).isEqualTo(146);
    assertThat(m.get("fees").asDouble()).isCloseTo(727.50, within(CENT))
        .isCloseTo(2.5 * (1 + 2 * (146 - 1)), within(CENT));
    assertThat(m.get("final_equity").asDouble()).isCloseTo(95_397.50, within(CENT));
    assertThat(m.get("net_pnl").asDouble()).isCloseTo(95_397.50 - 100_000, within(CENT));
    assertThat(m.get("round_trips").asInt()).isEqualTo(145);
    assertThat(run.get("parameters")).isEqualTo(JSON.readTree("""
        {"instrument": "ES1", "fast": 10, "slow": 50, "mode": "long-short", "contracts": 1,
         "multiplier": 50.0, "tick_size": 0.25, "commission": 2.5, "slippage_ticks": 1,
         "capital": 100000.0, "bars_per_year": 252.0}"""));
    assertThat(store.backtestRun(id)).isPresent();
    assertThat(run.get("equity_points").asInt()).isEqualTo(store.backtestRun(id).orElseThrow()
        .equity().size()).isLessThanOrEqualTo(BacktestRoutes.CHART_POINTS);

    JsonNode again = get("/api/v1/futurequant/backtests/" + id);
    assertThat(again).isEqualTo(run);
  }

  @Test
  void equity_isTheStoredCurve_withItsDrawdownFromTheRunningPeak() throws Exception {
    String id = JSON.readTree(post(ES1_ISSUE).body()).get("id").asText();
    JsonNode e = get("/api/v1/futurequant/backtests/" + id + "/equity");
    assertThat(e.get("id").asText()).isEqualTo(id);
    JsonNode equity = e.get("equity");
    JsonNode drawdown = e.get("drawdown");
    assertThat(equity.size()).isBetween(100, BacktestRoutes.CHART_POINTS);
    assertThat(drawdown).hasSameSizeAs(equity);
    assertThat(equity.get(0).get("date").asText()).isEqualTo("1997-09-09");
    assertThat(equity.get(0).get("value").asDouble()).isEqualTo(100_000.0);
    JsonNode last = equity.get(equity.size() - 1);
    assertThat(last.get("date").asText()).isEqualTo("2019-10-18");
    assertThat(last.get("value").asDouble()).isCloseTo(95_397.50, within(CENT));
    double peak = 0;
    double deepest = 0;
    for (int i = 0; i < equity.size(); i++) {
      double v = equity.get(i).get("value").asDouble();
      peak = Math.max(peak, v);
      assertThat(drawdown.get(i).get("date")).isEqualTo(equity.get(i).get("date"));
      assertThat(drawdown.get(i).get("value").asDouble()).isCloseTo(v / peak - 1, within(1e-12));
      deepest = Math.min(deepest, v / peak - 1);
    }
    assertThat(deepest).isLessThan(0);
  }

  @Test
  void list_newestFirst_pagedWithTheCursor_perStrategy() throws Exception {
    List<String> made = new ArrayList<>();
    for (String body : new String[] {ES1_ISSUE,
        "{\"instrument\": \"ES2\", \"fast\": 20, \"slow\": 100, \"mode\": \"long-only\"}",
        "{\"instrument\": \"ES1\", \"fast\": 5, \"slow\": 30, \"capital\": 250000}"}) {
      RestResponse r = post(body);
      assertThat(r.status()).as(r.bodyText()).isEqualTo(201);
      made.add(JSON.readTree(r.body()).get("id").asText());
    }
    List<String> newestFirst = List.of(made.get(2), made.get(1), made.get(0));
    JsonNode all = get("/api/v1/futurequant/backtests");
    assertThat(all.get("strategy").asText()).isEqualTo("sma-cross");
    assertThat(ids(all)).containsExactlyElementsOf(newestFirst);
    assertThat(all.get("next").isNull()).isTrue();

    List<String> walked = new ArrayList<>();
    String target = "/api/v1/futurequant/backtests?limit=2";
    while (target != null) {
      JsonNode page = get(target);
      walked.addAll(ids(page));
      target = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertThat(walked).containsExactlyElementsOf(newestFirst);
    assertThat(get("/api/v1/futurequant/backtests?strategy=model-signal").get("items")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      {"strategy": "sma-cross", "fast": 10, "slow": 50}           | instrument     | instrument is required
      {"instrument": "XX1", "fast": 10, "slow": 50}               | instrument     | no instrument 'XX1' in the bar source; it has [ES1, ES2]
      {"instrument": "ES1", "fast": 50, "slow": 10}               | slow           | slow (10) must be longer than fast (50)
      {"instrument": "ES1", "fast": 0, "slow": 10}                | fast           | fast must be a whole number in [1, 5000] but was 0
      {"instrument": "ES1", "fast": 1.5, "slow": 10}              | fast           | fast must be a whole number in [1, 5000] but was 1.5
      {"instrument": "ES1", "slow": 10}                           | fast           | fast is required
      {"instrument": "ES1", "fast": 5, "slow": 10, "mode": "up"}  | mode           | mode must be long-short or long-only but was 'up'
      {"instrument": "ES1", "strategy": "rsi", "fast": 5, "slow": 9} | strategy    | strategy must be sma-cross but was 'rsi'
      {"instrument": "ES1", "fast": 5, "slow": 9, "capital": 0}   | capital        | capital must be a number in [1.0, 1.0E12] but was 0
      {"instrument": "ES1", "fast": 5, "slow": 9, "leverage": 2}  | leverage       | unknown field leverage; the body accepts only capital, commission, contracts, fast, instrument, mode, slippage_ticks, slow, strategy
      [1, 2]                                                      | body           | the body must be a JSON object such as {"instrument": "ES1", "strategy": "sma-cross", "fast": 10, "slow": 50}
      """)
  void post_badBodies_are400_namingTheField(String body, String field, String message)
      throws Exception {
    RestResponse r = post(body);
    assertThat(r.status()).as(r.bodyText()).isEqualTo(400);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.createObjectNode().put("error", "bad_request")
        .put("message", message).put("field", field));
  }

  @Test
  void post_withoutBody_is400_andAnotherContentType415() throws Exception {
    RestResponse none = api.handle(new RestRequest("POST", "/api/v1/futurequant/backtests",
        Map.of(), Map.of(), new byte[0]));
    assertThat(none.status()).isEqualTo(400);
    assertThat(JSON.readTree(none.body()).get("field").asText()).isEqualTo("body");
    RestResponse text = api.handle(new RestRequest("POST", "/api/v1/futurequant/backtests",
        Map.of(), Map.of("Content-Type", "text/plain"), ES1_ISSUE.getBytes(StandardCharsets.UTF_8)));
    assertThat(text.status()).isEqualTo(415);
  }

  @Test
  void unknownRun_is404_badId400() throws Exception {
    String unknown = "6f1c1f5e-0000-4000-8000-000000000009";
    for (String path : List.of("", "/equity")) {
      RestResponse r = api.handle(RestRequest.of("GET", "/api/v1/futurequant/backtests/"
          + unknown + path));
      assertThat(r.status()).isEqualTo(404);
      assertThat(JSON.readTree(r.body())).isEqualTo(JSON.readTree("""
          {"error": "not_found", "message": "no backtest run with id %s", "field": null}"""
          .formatted(unknown)));
    }
    RestResponse bad = api.handle(RestRequest.of("GET", "/api/v1/futurequant/backtests/abc"));
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void withoutPorts_everyBacktestRouteIs503() throws Exception {
    QuantApi bare = QuantApi.create(EsSources.noDatabase(), new SteppingClock(START, Duration.ofSeconds(1)),
        QuantApi.Settings.defaults());
    RestResponse list = bare.handle(RestRequest.of("GET", "/api/v1/futurequant/backtests"));
    assertThat(list.status()).isEqualTo(503);
    assertThat(JSON.readTree(list.body())).isEqualTo(JSON.readTree("""
        {"error": "unavailable", "field": null, "message":
         "no futures store is configured: build the API with QuantApi.builder(...).futuresStore(...)"}"""));
    RestResponse run = bare.handle(RestRequest.of("POST", "/api/v1/futurequant/backtests")
        .withBody(ES1_ISSUE.getBytes(StandardCharsets.UTF_8)));
    assertThat(run.status()).isEqualTo(503);
    assertThat(JSON.readTree(run.body()).get("message").asText()).contains("no bar source");
    RestResponse one = bare.handle(RestRequest.of("GET",
        "/api/v1/futurequant/backtests/6f1c1f5e-0000-4000-8000-000000000009/equity"));
    assertThat(one.status()).isEqualTo(503);
  }

  private RestResponse post(String body) {
    return api.handle(new RestRequest("POST", "/api/v1/futurequant/backtests", Map.of(),
        Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8)));
  }

  private JsonNode get(String target) throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", target));
    assertThat(r.status()).as("GET %s: %s", target, r.bodyText()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(n -> out.add(n.get("id").asText()));
    return out;
  }
}
