package dev.quantsdk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quantsdk.persistence.QuantDatabase;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.RestResponse;
import dev.quantsdk.rest.jdk.QuantHttpServer;
import dev.quantsdk.testing.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dashboard's files: what each path serves, with which headers, that nothing else is
 * reachable, and how the JDK server answers them over a real socket (HEAD, traversal, methods).
 */
class DashboardAssetsTest {

  private static final DashboardAssets ASSETS = new DashboardAssets();
  private static final Pattern VERSIONED_REF = Pattern.compile("(?:src|href)=\"([a-z.]+)\\?v=([^\"]+)\"");

  @TempDir
  static Path dir;

  private static QuantDatabase db;
  private static QuantHttpServer server;

  @BeforeAll
  static void start() {
    db = QuantDatabase.open(TestDatabases.h2(dir));
    server = QuantHttpServer.start(QuantApi.create(db.dataSource(), Clock.systemUTC(),
        QuantApi.Settings.defaults()), QuantHttpServer.Settings.onLoopback(0), ASSETS);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  @ParameterizedTest
  @CsvSource({
      "/, text/html; charset=utf-8, no-cache",
      "/index.html, text/html; charset=utf-8, no-cache",
      "/dashboard.js, text/javascript; charset=utf-8, 'public, max-age=31536000, immutable'",
      "/charts.js, text/javascript; charset=utf-8, 'public, max-age=31536000, immutable'",
      "/dashboard.css, text/css; charset=utf-8, 'public, max-age=31536000, immutable'",
      "/favicon.svg, image/svg+xml; charset=utf-8, 'public, max-age=31536000, immutable'"})
  void get_servesEachFile_withItsTypeCachingAndSecurityHeaders(String path, String type,
      String cache) {
    RestResponse response = ASSETS.get(path).orElseThrow();

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers())
        .containsEntry("Content-Type", type)
        .containsEntry("Cache-Control", cache)
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("Referrer-Policy", "no-referrer")
        .containsEntry("Content-Security-Policy", DashboardAssets.CONTENT_SECURITY_POLICY);
    assertThat(response.bodyLength()).isPositive();
  }

  @Test
  void contentSecurityPolicy_allowsOnlyThisOrigin_andNoInlineCode() {
    String csp = DashboardAssets.CONTENT_SECURITY_POLICY;

    assertThat(csp).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
        "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'");
    assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*", "http:", "https:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/dashboard.js", "/charts.js", "/dashboard.css", "/favicon.svg"})
  void get_servesTheBundledFileUnchanged(String path) throws IOException {
    assertThat(ASSETS.get(path).orElseThrow().body()).isEqualTo(resource(path.substring(1)));
  }

  @Test
  void index_refersToEveryAssetWithTheCurrentVersion_andKeepsNoPlaceholder() throws IOException {
    String page = ASSETS.get("/").orElseThrow().bodyText();
    Matcher m = VERSIONED_REF.matcher(page);
    List<String> referenced = new ArrayList<>();
    while (m.find()) {
      referenced.add(m.group(1));
      assertThat(m.group(2)).isEqualTo(ASSETS.assetVersion());
    }

    assertThat(referenced).containsExactlyInAnyOrderElementsOf(DashboardAssets.ASSETS);
    assertThat(page).doesNotContain(DashboardAssets.VERSION_PLACEHOLDER);
    assertThat(ASSETS.assetVersion()).matches("[0-9a-f]{16}");
    // the bundled page is the resource with only the placeholder replaced
    assertThat(page).isEqualTo(new String(resource(DashboardAssets.INDEX), StandardCharsets.UTF_8)
        .replace(DashboardAssets.VERSION_PLACEHOLDER, ASSETS.assetVersion()));
  }

  @Test
  void index_hasNoInlineScriptStyleOrHandler_soTheStrictPolicyBlocksNothing() {
    String page = ASSETS.get("/").orElseThrow().bodyText();

    assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    assertThat(page).doesNotContain("<style", " style=", "javascript:");
    assertThat(page).doesNotContainPattern("\\son[a-z]+=");
  }

  @Test
  void scripts_neverParseMarkupFromData() {
    for (String script : new String[] {"/dashboard.js", "/charts.js"}) {
      assertThat(ASSETS.get(script).orElseThrow().bodyText())
          .as(script)
          .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
              "eval(", "new Function");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/../index.html", "/..", "/./index.html",
      "/static/index.html", "/dev/quantsdk/dashboard/static/index.html", "//index.html",
      "/index.html/", "/INDEX.HTML", "/DashboardAssets.class", "/missing.js", ""})
  void get_anythingButTheFixedNames_isEmpty(String path) {
    assertThat(ASSETS.get(path)).isEmpty();
  }

  @Test
  void paths_areTheRootThePageAndTheAssets() {
    assertThat(ASSETS.paths()).containsExactly("/", "/index.html", "/dashboard.css",
        "/charts.js", "/dashboard.js", "/favicon.svg");
  }

  @Test
  void server_get_servesThePage() throws IOException {
    Raw r = raw("GET / HTTP/1.1");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.head()).containsIgnoringCase("Content-Type: text/html; charset=utf-8")
        .containsIgnoringCase("X-Content-Type-Options: nosniff")
        .containsIgnoringCase("Content-Security-Policy: " + DashboardAssets.CONTENT_SECURITY_POLICY);
    assertThat(r.body()).isEqualTo(ASSETS.get("/").orElseThrow().bodyText());
  }

  @Test
  void server_head_sendsTheHeadersAndLength_withoutABody() throws IOException {
    Raw r = raw("HEAD /dashboard.js HTTP/1.1");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.head()).containsIgnoringCase("Content-Length: "
        + ASSETS.get("/dashboard.js").orElseThrow().bodyLength())
        .containsIgnoringCase("Content-Type: text/javascript; charset=utf-8");
    assertThat(r.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml",
      "/dev/quantsdk/dashboard/static/index.html", "/missing.js"})
  void server_traversalAndUnknownPaths_are404(String path) throws IOException {
    Raw r = raw("GET " + path + " HTTP/1.1");

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).contains("\"error\":\"not_found\"");
  }

  @Test
  void server_post_onAFile_is405() throws IOException {
    Raw r = raw("POST /index.html HTTP/1.1\r\nContent-Length: 0");

    assertThat(r.status()).isEqualTo(405);
    assertThat(r.head()).containsIgnoringCase("Allow: GET, HEAD");
  }

  @Test
  void server_apiPaths_stayTheApis() throws IOException {
    Raw r = raw("GET /api/v1/jobs HTTP/1.1");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.head()).containsIgnoringCase("Content-Type: application/json");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DashboardAssetsTest.class.getResourceAsStream(
        "/dev/quantsdk/dashboard/static/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  /** A raw HTTP/1.1 exchange, so the request line reaches the server exactly as written. */
  private static Raw raw(String requestLineAndHeaders) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLineAndHeaders + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = all.substring(0, split);
      return new Raw(Integer.parseInt(head.substring(9, 12)), head, all.substring(split + 4));
    }
  }

  private record Raw(int status, String head, String body) {
  }
}
