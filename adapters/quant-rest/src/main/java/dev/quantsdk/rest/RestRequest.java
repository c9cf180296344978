package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request as the framework-neutral layer sees it: method, decoded path, query
 * parameters, headers and body. Adapters build it from their framework's request. Immutable and
 * thread-safe (the body is copied in and out).
 *
 * @param method the HTTP method, upper case ({@code GET}, {@code POST}, ...)
 * @param path the decoded path without the query, starting with {@code /}
 * @param query the query parameters by name, each with its values in order of appearance
 * @param headers the headers by lower-case name (the first value of each)
 * @param body the request body, empty if none
 */
public record RestRequest(String method, String path, Map<String, List<String>> query,
    Map<String, String> headers, byte[] body) {

  /**
   * Validates and copies the request.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the method is blank or the path does not start with
   *     {@code /}
   */
  public RestRequest {
    method = ArgChecker.notBlank(method, "method").toUpperCase(Locale.ROOT);
    ArgChecker.notNull(path, "path");
    ArgChecker.isTrue(path.startsWith("/"), "path must start with '/' but was '%s'", path);
    Map<String, List<String>> q = new LinkedHashMap<>();
    ArgChecker.notNull(query, "query").forEach((k, v) -> q.put(k, List.copyOf(v)));
    query = Collections.unmodifiableMap(q);
    Map<String, String> h = new LinkedHashMap<>();
    ArgChecker.notNull(headers, "headers").forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
    headers = Collections.unmodifiableMap(h);
    body = ArgChecker.notNull(body, "body").clone();
  }

  /**
   * A request from a method and a target such as {@code /api/v1/jobs?limit=5}, without headers
   * or body.
   *
   * @param method the method
   * @param target the path with an optional raw (percent-encoded) query
   * @return the request
   */
  public static RestRequest of(String method, String target) {
    ArgChecker.notNull(target, "target");
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    return new RestRequest(method, path, parseQuery(q < 0 ? "" : target.substring(q + 1)),
        Map.of(), new byte[0]);
  }

  /**
   * Parses a raw query string ({@code a=1&b=x%20y&a=2}) into names and decoded values.
   *
   * @param rawQuery the raw query, without the {@code ?}, possibly empty
   * @return the parameters in order of appearance
   * @throws IllegalArgumentException if an escape sequence is malformed
   */
  public static Map<String, List<String>> parseQuery(String rawQuery) {
    ArgChecker.notNull(rawQuery, "rawQuery");
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /**
   * A copy with headers.
   *
   * @param newHeaders the headers, by any-case name
   * @return the request
   */
  public RestRequest withHeaders(Map<String, String> newHeaders) {
    return new RestRequest(method, path, query, newHeaders, body);
  }

  /**
   * A copy with a body.
   *
   * @param newBody the body
   * @return the request
   */
  public RestRequest withBody(byte[] newBody) {
    return new RestRequest(method, path, query, headers, newBody);
  }

  /**
   * A header's value.
   *
   * @param name the header name, any case
   * @return the value, if the header is present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The body, copied.
   *
   * @return the body bytes
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * Whether the request has a non-empty body.
   *
   * @return true if it has
   */
  public boolean hasBody() {
    return body.length > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RestRequest r && method.equals(r.method) && path.equals(r.path)
        && query.equals(r.query) && headers.equals(r.headers) && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : " " + query) + " (" + body.length
        + " body bytes)";
  }
}
