package dev.quantsdk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.quantsdk.orchestration.futures.BacktestRun;
import dev.quantsdk.futures.jdbc.JdbcFuturesStore;
import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.jdk.QuantHttpServer;
import dev.quantsdk.testing.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real headless Chromium (Debian's {@code /usr/bin/chromium}, driven by
 * Playwright) against the JDK server over an H2 database holding the bundled real House
 * disclosures, one real discovery run over them and one real ES backtest. Every expectation comes
 * from SQL on that database (or from the API's JSON where the page draws what the API answers),
 * never from the page's own code. Screenshots go to {@code target/screenshots/}. Skipped, with a
 * message, where no Chromium is installed.
 */
class DashboardBrowserTest {

  /** Debian's chromium; the system property {@code quant.chromium} may point elsewhere. */
  static final Path CHROMIUM = Paths.get(System.getProperty("quant.chromium", "/usr/bin/chromium"));
  static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-quic", "--no-first-run");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** The page asks for this many discoveries and job runs. */
  static final int PAGE_SIZE = 20;
  /** The page asks for this many critical anomalies. */
  static final int ANOMALY_PAGE_SIZE = 10;
  static final double SEVERITY_THRESHOLD = 0.8;
  /** The anomalies the page lists: not investigated, at least the threshold (the API's filter). */
  static final String CRITICAL = " FROM anomaly_detections WHERE investigated = FALSE"
      + " AND severity >= " + SEVERITY_THRESHOLD;
  /** The API's documented order of the critical list. */
  static final String CRITICAL_ORDER = " ORDER BY severity DESC, detected_at DESC, id";
  /** Periods are written and parsed back as decimal text. */
  static final double PERIOD_TOLERANCE = 1e-9;
  static final int WIDTH = 1280;
  static final int HEIGHT = 900;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  /** The key of the second server, over an empty database. */
  static final String API_KEY = "dashboard-test-key";

  private static QuantDatabase db;
  private static QuantHttpServer server;
  private static QuantDatabase emptyDb;
  private static QuantHttpServer keyedServer;
  private static BacktestRun backtest;
  private static Playwright playwright;
  private static Browser browser;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
  private BrowserContext context;
  private Page page;

  /** Why every test is skipped where no browser exists. */
  static final String NO_BROWSER = "browser tests skipped: no Chromium at " + CHROMIUM
      + " (install the Debian package: apt-get install chromium)";

  @BeforeAll
  static void start() {
    if (!Files.isExecutable(CHROMIUM)) {
      // each test reports itself skipped with the reason (an assumption here would hide them)
      System.err.println(NO_BROWSER);
      return;
    }
    db = DashboardFixture.openWithDiscoveries(TestDatabases.h2(dir));
    JdbcFuturesStore store = new JdbcFuturesStore(db.dataSource());
    backtest = DashboardFixture.storeBacktest(store);
    server = QuantHttpServer.start(QuantApi.builder(db.dataSource()).clock(Clock.systemUTC())
        .futuresStore(store).build(), QuantHttpServer.Settings.onLoopback(0),
        new DashboardAssets());
    emptyDb = QuantDatabase.open(TestDatabases.h2(dir));
    keyedServer = QuantHttpServer.start(QuantApi.builder(emptyDb.dataSource())
        .settings(QuantApi.Settings.defaults().withApiKey(API_KEY)).build(),
        QuantHttpServer.Settings.onLoopback(0), new DashboardAssets());
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    for (AutoCloseable c : new AutoCloseable[] {server, db, keyedServer, emptyDb}) {
      if (c != null) {
        try {
          c.close();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @BeforeEach
  void openPage() {
    Assumptions.assumeTrue(browser != null, NO_BROWSER);
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT));
    page = context.newPage();
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        consoleErrors.add(m.text() + " @ " + m.location());
      }
    });
    page.onPageError(e -> consoleErrors.add("page error: " + e));
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
  }

  private void load(String path) {
    page.navigate(server.baseUrl() + path);
    page.waitForSelector("body[data-loaded='true']");
  }

  @Test
  void discoveries_areTheNewestStoredRows_inTheApisOrder() throws SQLException {
    load("/");

    Locator rows = page.locator("#discoveries-table tbody tr");
    int stored = count("SELECT COUNT(*) FROM pattern_discoveries");
    assertThat(rows.count()).isEqualTo(Math.min(PAGE_SIZE, stored)).isPositive();
    List<String> first = row("SELECT CAST(d.id AS VARCHAR), p.full_name, d.description "
        + "FROM pattern_discoveries d JOIN politicians p ON p.id = d.politician_id "
        + "ORDER BY d.discovery_date DESC, d.strength DESC, d.id LIMIT 1");
    assertThat(rows.first().getAttribute("data-id")).isEqualTo(first.get(0));
    assertThat(rows.first().locator("button[data-politician-id]").textContent())
        .isEqualTo(first.get(1));
    assertThat(first.get(2)).isNotBlank();
    assertThat(rows.first().locator("td.description").textContent()).isEqualTo(first.get(2));
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void anomalies_areTheUninvestigatedCriticalRows_withTheirExplanations() throws Exception {
    load("/");

    int critical = count("SELECT COUNT(*)" + CRITICAL);
    Locator rows = page.locator("#anomalies-table tbody tr");
    assertThat(rows.count()).isEqualTo(Math.min(ANOMALY_PAGE_SIZE, critical)).isPositive();
    List<String> first = row("SELECT CAST(id AS VARCHAR), explanation" + CRITICAL + CRITICAL_ORDER + " LIMIT 1");
    String summary = JSON.readTree(first.get(1)).path("summary").asText();
    assertThat(rows.first().getAttribute("data-id")).isEqualTo(first.get(0));
    assertThat(summary).isNotBlank();
    assertThat(rows.first().locator("td.explanation").textContent()).startsWith(summary);
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void loadMoreAnomalies_followsTheApisNextPage_inTheDatabasesOrder() throws SQLException {
    load("/");
    int critical = count("SELECT COUNT(*)" + CRITICAL);
    assertThat(critical).isGreaterThan(ANOMALY_PAGE_SIZE);

    page.locator("#anomalies-more").click();
    page.waitForFunction("n => document.querySelectorAll('#anomalies-table tbody tr').length === n",
        Math.min(2 * ANOMALY_PAGE_SIZE, critical));

    @SuppressWarnings("unchecked")
    List<String> shown = (List<String>) page.evaluate("() => Array.from(document"
        + ".querySelectorAll('#anomalies-table tbody tr')).map(r => r.getAttribute('data-id'))");
    assertThat(shown).isEqualTo(column("SELECT CAST(id AS VARCHAR)" + CRITICAL + CRITICAL_ORDER
        + " LIMIT " + 2 * ANOMALY_PAGE_SIZE));
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void markInvestigated_setsTheRowInvestigated_andTheRowLeavesTheList() throws SQLException {
    load("/");
    Locator firstRow = page.locator("#anomalies-table tbody tr").first();
    String id = firstRow.getAttribute("data-id");
    int before = page.locator("#anomalies-table tbody tr").count();
    assertThat(investigated(id)).isFalse();

    firstRow.locator("button.investigate").click();
    page.locator("#anomalies-table tbody tr[data-id='" + id + "']")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

    assertThat(investigated(id)).isTrue();
    assertThat(row("SELECT investigated_by FROM anomaly_detections WHERE id = '" + id + "'"))
        .containsExactly("dashboard");
    assertThat(page.locator("#anomalies-table tbody tr").count()).isEqualTo(before - 1);
    assertThat(page.locator("[data-status='anomalies']").textContent())
        .contains("investigated");
    // a reload asks the API again: the investigated anomaly is not critical any more
    load("/");
    assertThat(page.locator("#anomalies-table tbody tr[data-id='" + id + "']").count()).isZero();
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void politicianPage_drawsTheActivityAndPeriodogram_withTheStoredCyclePeriodMarked()
      throws Exception {
    List<String> cycle = row("SELECT CAST(d.politician_id AS VARCHAR), d.parameters, p.full_name "
        + "FROM pattern_discoveries d JOIN politicians p ON p.id = d.politician_id "
        + "WHERE d.pattern_type = 'fourier_cycle' ORDER BY d.strength DESC, d.id LIMIT 1");
    double storedPeriod = JSON.readTree(cycle.get(1)).path("period_days").asDouble();
    assertThat(storedPeriod).isPositive();
    load("/#politician=" + cycle.get(0));
    page.waitForSelector("#periodogram-chart g.marker");

    assertThat(page.locator("#politician-name").textContent()).isEqualTo(cycle.get(2));
    assertThat(Double.parseDouble(page.locator("#periodogram-chart g.marker")
        .getAttribute("data-marker-x"))).isCloseTo(storedPeriod, within(PERIOD_TOLERANCE));
    assertThat(Double.parseDouble(page.locator("#cycle-summary").getAttribute("data-period-days")))
        .isCloseTo(storedPeriod, within(PERIOD_TOLERANCE));
    JsonNode activity = api("/api/v1/discoveries/politician/" + cycle.get(0) + "/activity");
    assertThat(page.locator("#periodogram-chart line.stem").count())
        .isEqualTo(activity.path("periodogram").size()).isPositive();
    assertThat(page.locator("#activity-chart path.line").getAttribute("data-points"))
        .isEqualTo(Integer.toString(activity.path("series").size()));
    assertThat(page.locator("#politician-discoveries-table tbody tr").count()).isEqualTo(
        count("SELECT COUNT(*) FROM pattern_discoveries WHERE politician_id = '"
            + cycle.get(0) + "'"));
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void discoveryRow_opensThatPoliticiansPage() throws SQLException {
    load("/");
    Locator button = page.locator("#discoveries-table tbody tr").first()
        .locator("button[data-politician-id]");
    String id = button.getAttribute("data-politician-id");

    button.click();
    page.waitForFunction("id => document.getElementById('politician-select').value === id "
        + "&& !document.getElementById('politician-detail').hidden", id);

    assertThat(page.locator("#politician-name").textContent()).isEqualTo(
        row("SELECT full_name FROM politicians WHERE id = '" + id + "'").get(0));
    assertThat(page.url()).endsWith("#politician=" + id);
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void politicianList_offersEveryPoliticianWithTrades() throws SQLException {
    load("/");

    // the first option is the prompt
    assertThat(page.locator("#politician-select option").count() - 1)
        .isEqualTo(count("SELECT COUNT(*) FROM politicians"));
  }

  @Test
  void network_colorsEachCommunityWithItsOwnFill() throws Exception {
    load("/");
    JsonNode network = api("/api/v1/networks/latest");
    Map<Integer, Integer> sizes = new HashMap<>();
    network.path("nodes").forEach(n -> sizes.merge(n.path("community").asInt(), 1, Integer::sum));
    Set<Integer> communities = sizes.keySet();
    long clusters = sizes.values().stream().filter(size -> size > 1).count();

    @SuppressWarnings("unchecked")
    List<String> fills = (List<String>) page.evaluate("() => Array.from(document"
        + ".querySelectorAll('#network-chart circle.node')).map(c => c.getAttribute('fill'))");

    assertThat(fills).hasSize(network.path("nodes").size());
    assertThat(new HashSet<>(fills)).hasSize(communities.size());
    assertThat(communities.size()).isGreaterThan(1);
    assertThat(page.locator("#network-chart line.edge").count())
        .isEqualTo(network.path("edges").size());
    assertThat(page.locator("#network-legend li[data-community]").count()).isEqualTo(clusters);
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void backtest_drawsTheStoredEquityCurveAndItsDrawdown() throws Exception {
    load("/");
    page.waitForSelector("#equity-chart path.line");

    JsonNode curves = api("/api/v1/futurequant/backtests/" + backtest.id() + "/equity");
    assertThat(page.locator("#backtest-detail").getAttribute("data-run-id"))
        .isEqualTo(backtest.id());
    assertThat(page.locator("#equity-chart path.line").getAttribute("data-points"))
        .isEqualTo(Integer.toString(backtest.equity().size()));
    assertThat(backtest.equity()).hasSize(count("SELECT COUNT(*) FROM backtest_equity "
        + "WHERE run_id = '" + backtest.id() + "'"));
    assertThat(curves.path("equity").size()).isEqualTo(backtest.equity().size());
    assertThat(page.locator("#drawdown-chart path.line").getAttribute("data-points"))
        .isEqualTo(Integer.toString(curves.path("drawdown").size()));
    assertThat(page.locator("#backtest-metrics tbody tr").count())
        .isEqualTo(backtest.metrics().size());
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void jobs_listTheRecordedRuns() throws SQLException {
    load("/");

    int runs = count("SELECT COUNT(*) FROM job_runs WHERE kind NOT LIKE '%.politician'");
    assertThat(page.locator("#jobs-table tbody tr").count()).isEqualTo(Math.min(PAGE_SIZE, runs))
        .isPositive();
    assertThat(page.locator("#jobs-summary").textContent())
        .startsWith(runs + (runs == 1 ? " run: " : " runs: "));
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void screenshots_ofThePageAndEverySection() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    load("/");
    page.waitForSelector("#equity-chart path.line");

    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard.png"))
        .setFullPage(true));
    List<Path> written = new ArrayList<>();
    written.add(SCREENSHOTS.resolve("dashboard.png"));
    for (String section : List.of("discoveries", "anomalies", "politician", "network", "backtest",
        "jobs")) {
      Path file = SCREENSHOTS.resolve("section-" + section + ".png");
      page.locator("#" + section).screenshot(new Locator.ScreenshotOptions().setPath(file));
      written.add(file);
    }
    // the README's view: the header, the discoveries and the anomalies, 1280 px wide
    double anomaliesBottom = ((Number) page.evaluate("() => { const r = document"
        + ".getElementById('anomalies').getBoundingClientRect(); return r.bottom + scrollY; }"))
        .doubleValue();
    Path overview = SCREENSHOTS.resolve("overview.png");
    page.screenshot(new Page.ScreenshotOptions().setPath(overview).setFullPage(true)
        .setClip(0, 0, WIDTH, Math.min(anomaliesBottom, 2400)));
    written.add(overview);

    for (Path file : written) {
      assertThat(Files.size(file)).as(file.toString()).isGreaterThan(10_000);
      byte[] png = Files.readAllBytes(file);
      assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("PNG");
    }
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void chartAxes_tickAtRoundNumbersAndCalendarBoundaries() {
    load("/");

    // linear: 97 / 5 = 19.4 rounds up to a step of 20 (1, 2 or 5 times a power of ten)
    assertThat(page.evaluate("() => JSON.stringify(QuantCharts.niceTicks(0, 97, 5).ticks)"))
        .isEqualTo("[0,20,40,60,80,100]");
    // the drawdown axis of the ES backtest: 0.3841 / 5 = 0.077 rounds up to 0.1
    assertThat(page.evaluate("() => JSON.stringify(QuantCharts.niceTicks(-0.3841, 0, 5).ticks)"))
        .isEqualTo("[-0.4,-0.3,-0.2,-0.1,0]");
    // log: 1, 2 and 5 times the powers of ten inside [2.5, 3800] days
    assertThat(page.evaluate("() => JSON.stringify(QuantCharts.logTicks(2.5, 3800))"))
        .isEqualTo("[5,10,20,50,100,200,500,1000,2000]");
    // dates: 22 years at most 8 ticks: every 5 years (2 years would give 11), on 1 January
    assertThat(page.evaluate("() => JSON.stringify(QuantCharts.dateTicks("
        + "Date.UTC(1997, 8, 9), Date.UTC(2019, 9, 18), 8).ticks"
        + ".map(t => new Date(t).toISOString().slice(0, 10)))"))
        .isEqualTo("[\"2000-01-01\",\"2005-01-01\",\"2010-01-01\",\"2015-01-01\"]");
    // 8.5 weeks at most 10 ticks: weekly, on Mondays (2020-01-01 noon was a Wednesday)
    assertThat(page.evaluate("() => JSON.stringify(QuantCharts.dateTicks("
        + "Date.UTC(2020, 0, 1, 12), Date.UTC(2020, 2, 1), 10).ticks"
        + ".map(t => new Date(t).toISOString().slice(0, 10)))"))
        .isEqualTo("[\"2020-01-06\",\"2020-01-13\",\"2020-01-20\",\"2020-01-27\","
            + "\"2020-02-03\",\"2020-02-10\",\"2020-02-17\",\"2020-02-24\"]");
    // 5 days: daily from the first midnight after a noon start
    assertThat(page.evaluate("() => JSON.stringify(QuantCharts.dateTicks("
        + "Date.UTC(2020, 0, 1, 12), Date.UTC(2020, 0, 4), 8).ticks"
        + ".map(t => new Date(t).toISOString().slice(0, 10)))"))
        .isEqualTo("[\"2020-01-02\",\"2020-01-03\",\"2020-01-04\"]");
    assertThat(consoleErrors).isEmpty();
  }

  @Test
  void withoutTheApiKey_everySectionShowsTheApisRefusal() {
    page.navigate(keyedServer.baseUrl() + "/");
    page.waitForSelector("body[data-loaded='true']");

    for (String section : List.of("discoveries", "anomalies", "network", "backtest", "jobs")) {
      Locator status = page.locator("[data-status='" + section + "']");
      assertThat(status.getAttribute("role")).as(section).isEqualTo("alert");
      assertThat(status.textContent()).as(section)
          .startsWith("The API answered 401 unauthorized")
          .endsWith("(enter the server's API key above)");
    }
    assertThat(page.locator("[data-status='politician']").textContent())
        .startsWith("The API answered 401 unauthorized");
    // the refusals are logged by the browser as failed loads; nothing else went wrong
    assertThat(consoleErrors).allMatch(e -> e.contains("status of 401"));
  }

  @Test
  void apiKeyFromTheUrl_isSentKeptAndRemovedFromTheAddress_andAnEmptyDatabaseSaysSoEverywhere() {
    page.navigate(keyedServer.baseUrl() + "/?api_key=" + API_KEY);
    page.waitForSelector("body[data-loaded='true']");

    assertThat(page.url()).isEqualTo(keyedServer.baseUrl() + "/");
    assertThat(page.evaluate("() => localStorage.getItem('quant.apiKey')")).isEqualTo(API_KEY);
    assertThat(text("discoveries")).startsWith("No discoveries yet");
    assertThat(text("anomalies")).isEqualTo("No critical anomalies left to investigate.");
    assertThat(text("politician")).isEqualTo("No politicians imported yet.");
    assertThat(text("jobs")).isEqualTo("No job has run yet.");
    assertThat(text("network")).isEqualTo("No co-trading network has been discovered yet.");
    // this server has no futures store: its backtest routes answer 503, shown as such
    assertThat(text("backtest")).startsWith("The API answered 503 unavailable");
    assertThat(page.locator("#discoveries-table").isHidden()).isTrue();
    assertThat(page.locator("#anomalies-table").isHidden()).isTrue();

    // the key stays in the browser: a plain reload is still let in
    page.navigate(keyedServer.baseUrl() + "/");
    page.waitForSelector("body[data-loaded='true']");
    assertThat(text("jobs")).isEqualTo("No job has run yet.");
    assertThat(consoleErrors).allMatch(e -> e.contains("status of 503")
        || e.contains("status of 404"));
  }

  private String text(String section) {
    return page.locator("[data-status='" + section + "']").textContent();
  }

  private JsonNode api(String path) throws IOException {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
          + path)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      return JSON.readTree(r.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static boolean investigated(String id) throws SQLException {
    return Boolean.parseBoolean(row("SELECT investigated FROM anomaly_detections WHERE id = '"
        + id + "'").get(0));
  }

  private static int count(String sql) throws SQLException {
    return Integer.parseInt(row(sql).get(0));
  }

  /** The first column of every row of a query, as text. */
  private static List<String> column(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  /** The first row of a query, every column as text. */
  private static List<String> row(String sql) throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      assertThat(rs.next()).as(sql).isTrue();
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        out.add(rs.getString(i));
      }
      return out;
    }
  }
}
