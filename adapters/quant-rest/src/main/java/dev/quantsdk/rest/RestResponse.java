package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP response produced by the layer: status, headers (including {@code Content-Type}) and
 * body. Adapters copy it to their framework's response; for a {@code HEAD} request they send the
 * headers and omit the body. Immutable and thread-safe (the body is copied in and out).
 *
 * @param status the HTTP status code
 * @param headers the headers by their canonical name, such as {@code Content-Type}
 * @param body the body, empty for 204
 */
public record RestResponse(int status, Map<String, String> headers, byte[] body) {

  /** The content type of every JSON body. */
  public static final String JSON = "application/json; charset=utf-8";

  /**
   * Validates and copies the response.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the status is not in [100, 599]
   */
  public RestResponse {
    ArgChecker.inRangeInclusive(status, 100, 599, "status");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(ArgChecker.notNull(headers,
        "headers")));
    body = ArgChecker.notNull(body, "body").clone();
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
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body's length in bytes, without copying it.
   *
   * @return the length
   */
  public int bodyLength() {
    return body.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RestResponse r && status == r.status && headers.equals(r.headers)
        && Arrays.equals(body, r.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, headers, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return status + " " + headers + " (" + body.length + " body bytes)";
  }
}
