package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-only futures data routes of {@link QuantApi} without a server, over real ES1 bars
 * stored under ESU2019 and ESZ2019 ({@link EsBars}). Row counts checked with awk on the CSV:
 * {@code awk -F, '$1>="2019-06-24" && $1<="2019-09-20"'} gives 63 rows and
 * {@code awk -F, 'NR>1 && $1>="2019-09-23"'} 20.
 */
class QuantApiFuturesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.UUID ACCOUNT = EsBars.ACCOUNT;
  private static final java.util.UUID O1 = EsBars.O1;
  private static final java.util.UUID O2 = EsBars.O2;

  @TempDir
  static Path dir;

  private static QuantDatabase db;
  private static QuantApi api;

  @BeforeAll
  static void open() throws SQLException {
    db = QuantDatabase.open(TestDatabases.h2(dir));
    EsBars.insert(db.dataSource());
    EsBars.insertPaperAccount(db.dataSource());
    api = QuantApi.create(db.dataSource(), Clock.systemUTC(), QuantApi.Settings.defaults());
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void instruments_areTheCatalogue_withStoredContractCounts() throws Exception {
    JsonNode items = get("/api/v1/futurequant/data/instruments").get("items");
    List<String> roots = new ArrayList<>();
    items.forEach(i -> roots.add(i.get("root").asText()));
    assertThat(roots).containsExactly("ES", "NQ", "CL", "GC", "ZN");
    // CME's ES contract: $50 x index, tick 0.25 index point = $12.50, quarterly H M U Z
    assertThat(items.get(0)).isEqualTo(JSON.readTree("""
        {"root": "ES", "exchange": "CME", "description": "E-mini S&P 500", "multiplier": 50.0,
         "tick_size": 0.25, "tick_value": 12.5, "currency": "USD", "initial_margin": 12100.0,
         "maintenance_margin": 11000.0, "listed_months": ["H", "M", "U", "Z"],
         "stored_contracts": 2}"""));
    assertThat(items.get(1).get("stored_contracts").asLong()).isZero();
    List<String> clMonths = new ArrayList<>();
    items.get(2).get("listed_months").forEach(m -> clMonths.add(m.asText()));
    assertThat(String.join("", clMonths)).isEqualTo("FGHJKMNQUVXZ");
  }

  @Test
  void contracts_earliestExpiryFirst_withTheirBarExtent_andPages() throws Exception {
    JsonNode page = get("/api/v1/futurequant/data/contracts");
    assertThat(page.get("items")).hasSize(2);
    JsonNode u = page.get("items").get(0);
    assertThat(u).isEqualTo(JSON.readTree("""
        {"id": "%s", "root_symbol": "ES", "exchange": "CME", "expiry": "2019-09-20",
         "local_symbol": "ESU19", "multiplier": 50.0, "tick_size": 0.25, "currency": "USD",
         "initial_margin": null, "maintenance_margin": null, "bars": 63,
         "first_bar": "2019-06-24T00:00:00Z", "last_bar": "2019-09-20T00:00:00Z"}"""
        .formatted(EsBars.ESU2019)));
    JsonNode z = page.get("items").get(1);
    assertThat(z.get("bars").asLong()).isEqualTo(20);
    assertThat(z.get("last_bar").asText()).isEqualTo("2019-10-18T00:00:00Z");
    assertThat(z.get("initial_margin").asDouble()).isEqualTo(12_100.0);

    JsonNode first = get("/api/v1/futurequant/data/contracts?root=ES&limit=1");
    assertThat(first.get("items").get(0).get("id").asText()).isEqualTo(EsBars.ESU2019.toString());
    JsonNode second = get(first.get("next").asText());
    assertThat(second.get("items").get(0).get("id").asText()).isEqualTo(EsBars.ESZ2019.toString());
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(get("/api/v1/futurequant/data/contracts?root=NQ").get("items")).isEmpty();
  }

  @Test
  void bars_areTheCsvRows_oldestFirst_pagedAndFiltered() throws Exception {
    String base = "/api/v1/futurequant/data/contracts/" + EsBars.ESZ2019 + "/bars";
    JsonNode page = get(base);
    assertThat(page.get("contract").get("local_symbol").asText()).isEqualTo("ESZ19");
    List<EsBars.Row> expected = EsBars.zRows();
    assertThat(expected).hasSize(20);
    assertBars(page.get("items"), expected);

    List<JsonNode> walked = new ArrayList<>();
    String target = base + "?limit=5";
    while (target != null) {
      JsonNode p = get(target);
      p.get("items").forEach(walked::add);
      target = p.get("next").isNull() ? null : p.get("next").asText();
    }
    assertBars(JSON.valueToTree(walked), expected);

    JsonNode week = get(base + "?from=2019-10-01&to=2019-10-04");
    assertBars(week.get("items"), EsBars.rows(LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 4)));
    // awk: 2019-10-02,2942.25,2949.0,2874.0,2883.75,57.25,2880.5,2048393.0,2452944.0
    assertThat(week.get("items").get(1)).isEqualTo(JSON.readTree("""
        {"bar_time": "2019-10-02T00:00:00Z", "open": 2942.25, "high": 2949.0, "low": 2874.0,
         "close": 2883.75, "settle": 2880.5, "volume": 2048393, "open_interest": 2452944}"""));
  }

  @Test
  void bars_refuseUnknownContractsBadDatesAndForeignCursors() throws Exception {
    RestResponse missing = api.handle(RestRequest.of("GET", "/api/v1/futurequant/data/contracts/"
        + KnownRows.NOBODY + "/bars"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no futures contract with id %s", "field": null}"""
        .formatted(KnownRows.NOBODY)));
    String z = "/api/v1/futurequant/data/contracts/" + EsBars.ESZ2019 + "/bars";
    assertError(z + "?from=2019-13-01", "from",
        "from must be a date yyyy-MM-dd such as 2019-10-18 but was '2019-13-01'");
    assertError(z + "?from=2019-10-04&to=2019-10-01", "to", "to 2019-10-01 is before from 2019-10-04");
    String uNext = get("/api/v1/futurequant/data/contracts/" + EsBars.ESU2019 + "/bars?limit=1")
        .get("next").asText();
    assertError(z + uNext.substring(uNext.indexOf('?')), "cursor",
        "cursor belongs to another contract's bars");
  }

  @Test
  void paperAccount_showsCashAndPositions_and404ForAnUnknownName() throws Exception {
    JsonNode view = get("/api/v1/futurequant/paper/accounts/demo");
    assertThat(view).isEqualTo(JSON.readTree("""
        {"account": {"id": "%s", "name": "demo", "currency": "USD", "starting_cash": 100000.0,
                     "cash": 99995.0, "created_at": "2019-10-01T09:00:00Z"},
         "positions": [{"contract_id": "%s", "root_symbol": "ES", "expiry": "2019-12-20",
                        "local_symbol": "ESZ19", "quantity": 2, "average_price": 2990.5,
                        "realized_pnl": 0.0, "updated_at": "2019-10-02T00:00:00Z"}]}"""
        .formatted(ACCOUNT, EsBars.ESZ2019)));
    RestResponse missing = api.handle(RestRequest.of("GET",
        "/api/v1/futurequant/paper/accounts/nobody/orders"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body())).isEqualTo(JSON.readTree("""
        {"error": "not_found", "message": "no paper account named 'nobody'", "field": null}"""));
  }

  @Test
  void paperOrders_newestFirst_withFillTotals_andPages() throws Exception {
    JsonNode first = get("/api/v1/futurequant/paper/accounts/demo/orders?limit=1");
    assertThat(first.get("items").get(0)).isEqualTo(JSON.readTree("""
        {"id": "%s", "client_order_id": null, "contract_id": "%s", "local_symbol": "ESZ19",
         "side": "SELL", "order_type": "LIMIT", "quantity": 1, "limit_price": 3005.0,
         "stop_price": null, "status": "NEW", "filled_quantity": 0, "average_fill_price": null,
         "commission": 0.0, "created_at": "2019-10-01T11:00:00Z",
         "updated_at": "2019-10-01T11:00:00Z"}""".formatted(O2, EsBars.ESZ2019)));
    JsonNode second = get(first.get("next").asText());
    JsonNode o1 = second.get("items").get(0);
    assertThat(o1.get("id").asText()).isEqualTo(O1.toString());
    assertThat(o1.get("client_order_id").asText()).isEqualTo("c-1");
    // (2990.25 + 2990.75) / 2 and 2 x 2.50
    assertThat(o1.get("filled_quantity").asLong()).isEqualTo(2);
    assertThat(o1.get("average_fill_price").asDouble()).isEqualTo(2990.5);
    assertThat(o1.get("commission").asDouble()).isEqualTo(5.0);
    assertThat(second.get("next").isNull()).isTrue();
  }

  private static void assertError(String target, String field, String message) throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", target));
    assertThat(r.status()).as(target).isEqualTo(400);
    assertThat(JSON.readTree(r.body())).isEqualTo(JSON.createObjectNode()
        .put("error", "bad_request").put("message", message).put("field", field));
  }

  private static void assertBars(JsonNode items, List<EsBars.Row> expected) {
    assertThat(items).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      EsBars.Row r = expected.get(i);
      JsonNode b = items.get(i);
      assertThat(b.get("bar_time").asText())
          .isEqualTo(r.date().atStartOfDay().toInstant(ZoneOffset.UTC).toString());
      assertThat(b.get("open").asDouble()).isEqualTo(r.open());
      assertThat(b.get("high").asDouble()).isEqualTo(r.high());
      assertThat(b.get("low").asDouble()).isEqualTo(r.low());
      assertThat(b.get("close").asDouble()).isEqualTo(r.close());
      assertThat(b.get("settle").asDouble()).isEqualTo(r.settle());
      assertThat(b.get("volume").asLong()).isEqualTo(r.volume());
      assertThat(b.get("open_interest").asLong()).isEqualTo(r.openInterest());
    }
  }

  private static JsonNode get(String target) throws Exception {
    RestResponse r = api.handle(RestRequest.of("GET", target));
    assertThat(r.status()).as("GET %s: %s", target, r.bodyText()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
