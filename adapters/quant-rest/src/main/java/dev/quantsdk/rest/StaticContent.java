package dev.quantsdk.rest;

import java.util.Optional;

/**
 * Static files served beside the API (such as the dashboard's HTML, JavaScript and CSS) by an
 * adapter. An adapter asks it for {@code GET} and {@code HEAD} requests whose path is neither
 * under {@code /api/} nor {@code /openapi.json}; an empty answer becomes the API's JSON 404.
 * Implementations must be thread-safe and must not touch the file system outside what they
 * bundle.
 */
@FunctionalInterface
public interface StaticContent {

  /** Serves nothing: every path is 404. */
  StaticContent NONE = path -> Optional.empty();

  /**
   * The response for a request path.
   *
   * @param path the request's path without its query, starting with {@code /} (such as
   *     {@code /} or {@code /app.js}); never under {@code /api/}
   * @return the complete response (status, {@code Content-Type}, caching headers and body), or
   *     empty when nothing is served at that path
   */
  Optional<RestResponse> get(String path);

  /**
   * Whether a request path belongs to the API rather than to static content.
   *
   * @param path the request path
   * @return true for {@code /api/...} and {@code /openapi.json}
   */
  static boolean isApiPath(String path) {
    return path.startsWith("/api/") || path.equals("/api") || path.equals("/openapi.json");
  }
}
