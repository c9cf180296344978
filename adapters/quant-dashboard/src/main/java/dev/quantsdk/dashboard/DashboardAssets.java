package dev.quantsdk.dashboard;

import dev.quantsdk.rest.RestResponse;
import dev.quantsdk.rest.StaticContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dashboard's static files, served beside the REST API: {@code /} (and {@code /index.html})
 * is the page, the other files are served by their name ({@code /dashboard.js},
 * {@code /charts.js}, {@code /dashboard.css}, {@code /favicon.svg}). The page reads the API from
 * the same origin, so mount it on the server that serves {@code /api/v1}:
 *
 * <pre>{@code
 * QuantHttpServer.start(api, QuantHttpServer.Settings.onPort(8080), new DashboardAssets());
 * }</pre>
 *
 * <p>The files are read from this jar once, when the instance is created; only those fixed names
 * are served, so no request path (such as {@code /../pom.xml} or {@code /dev/quantsdk/...}) can
 * reach any other resource or file: everything else is empty (the adapter's 404). Every response
 * carries its {@code Content-Type} with charset, {@code X-Content-Type-Options: nosniff}, a
 * {@link #CONTENT_SECURITY_POLICY} that allows only this origin (no inline script or style, no
 * framing), {@code Referrer-Policy: no-referrer} and a {@code Cache-Control}: the page is
 * {@code no-cache} and refers to the scripts and style sheet with a content hash in their query
 * ({@code ?v=}{@link #assetVersion()}), so those are cached for a year and a new jar is picked up
 * at the next page load. {@code HEAD} is the adapter's business (the JDK server sends these
 * headers without the body).
 *
 * <p>Immutable and thread-safe.
 */
public final class DashboardAssets implements StaticContent {

  /**
   * The {@code Content-Security-Policy} of every file: scripts, styles, images and API calls
   * from this origin only; no plugins, no {@code <base>}, no framing, forms post only here.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The classpath folder holding the files. */
  static final String RESOURCE_FOLDER = "/dev/quantsdk/dashboard/static/";

  /** The page. */
  static final String INDEX = "index.html";

  /** The files besides the page, in the order they are hashed into the asset version. */
  static final List<String> ASSETS = List.of("dashboard.css", "charts.js", "dashboard.js",
      "favicon.svg");

  /** What the page writes where the asset version belongs, e.g. {@code charts.js?v=__V__}. */
  static final String VERSION_PLACEHOLDER = "__ASSET_VERSION__";

  /** The cache policy of the page: revalidate at every load. */
  static final String PAGE_CACHE = "no-cache";

  /** The cache policy of the versioned files. */
  static final String ASSET_CACHE = "public, max-age=31536000, immutable";

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "svg", "image/svg+xml; charset=utf-8");

  private final Map<String, RestResponse> responses;
  private final String version;

  /**
   * Loads the files from this jar.
   *
   * @throws IllegalStateException if a file is missing from the class path (a broken jar)
   * @throws UncheckedIOException if a file cannot be read
   */
  public DashboardAssets() {
    Map<String, byte[]> assets = new LinkedHashMap<>();
    for (String name : ASSETS) {
      assets.put(name, read(name));
    }
    this.version = hash(assets);
    Map<String, RestResponse> byPath = new LinkedHashMap<>();
    String page = new String(read(INDEX), StandardCharsets.UTF_8)
        .replace(VERSION_PLACEHOLDER, version);
    RestResponse index = response(INDEX, page.getBytes(StandardCharsets.UTF_8), PAGE_CACHE);
    byPath.put("/", index);
    byPath.put("/" + INDEX, index);
    assets.forEach((name, bytes) -> byPath.put("/" + name, response(name, bytes, ASSET_CACHE)));
    this.responses = Collections.unmodifiableMap(byPath);
  }

  @Override
  public Optional<RestResponse> get(String path) {
    return Optional.ofNullable(responses.get(path));
  }

  /**
   * The request paths served, {@code /} first.
   *
   * @return the paths, unmodifiable
   */
  public Set<String> paths() {
    return responses.keySet();
  }

  /**
   * The version the page puts in its file URLs: the first 16 hexadecimal digits of the SHA-256
   * of the files besides the page, so it changes exactly when one of them changes.
   *
   * @return the version
   */
  public String assetVersion() {
    return version;
  }

  private static RestResponse response(String name, byte[] body, String cache) {
    String extension = name.substring(name.lastIndexOf('.') + 1);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPES.get(extension));
    headers.put("Cache-Control", cache);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("Referrer-Policy", "no-referrer");
    return new RestResponse(200, headers, body);
  }

  private static byte[] read(String name) {
    String resource = RESOURCE_FOLDER + name;
    try (InputStream in = DashboardAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the dashboard file " + resource
            + " is missing from the class path: rebuild the quant-dashboard jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the dashboard file " + resource, e);
    }
  }

  private static String hash(Map<String, byte[]> assets) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      assets.forEach((name, bytes) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
      });
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
