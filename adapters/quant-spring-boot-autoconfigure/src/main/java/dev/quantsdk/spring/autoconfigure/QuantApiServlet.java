package dev.quantsdk.spring.autoconfigure;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.RestRequest;
import dev.quantsdk.rest.RestResponse;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves a {@link QuantApi} from any Jakarta Servlet 6 container (Tomcat, Jetty, Undertow; Spring
 * Boot 3.5 and 4.1): a faithful pass-through, like the JDK server. Every request reaching it is
 * translated into a {@link RestRequest} (method, decoded path within the application, raw query
 * parsed by {@link RestRequest#parseQuery}, the first value of each header, the body) and
 * {@link QuantApi#handle}'s status, headers and body bytes are copied back; for {@code HEAD} only
 * the headers and {@code Content-Length}. Nothing is enumerated here: new routes of the API are
 * served without change. Map it at {@value #API_MAPPING} and {@value #OPENAPI_MAPPING}; the
 * auto-configuration does.
 *
 * <p>Bodies larger than the limit are refused with 413 ({@code payload_too_large}) before they
 * are read completely, and the connection is closed; a malformed percent escape in the query is a
 * 400 ({@code bad_request}). The servlet container may rewrite the {@code Content-Type} header's
 * spacing ({@code application/json;charset=utf-8} on Tomcat), which is the same media type.
 *
 * <p>Thread-safe; serialising it keeps nothing (a container never does).
 */
public class QuantApiServlet extends HttpServlet {

  /** The servlet mapping of every API route. */
  public static final String API_MAPPING = "/api/v1/*";
  /** The servlet mapping of the OpenAPI document. */
  public static final String OPENAPI_MAPPING = "/openapi.json";

  private static final long serialVersionUID = 1L;

  private final transient QuantApi api;
  private final int maxBodyBytes;

  /**
   * Creates the servlet.
   *
   * @param api the API to serve
   * @param maxBodyBytes the largest request body read, in bytes, in [1, 2^31 - 2]
   * @throws NullPointerException if {@code api} is null
   * @throws IllegalArgumentException if the limit is out of range
   */
  public QuantApiServlet(QuantApi api, int maxBodyBytes) {
    this.api = ArgChecker.notNull(api, "api");
    this.maxBodyBytes = ArgChecker.positive(maxBodyBytes, "maxBodyBytes");
    ArgChecker.isTrue(maxBodyBytes < Integer.MAX_VALUE, "maxBodyBytes must be below %s",
        Integer.MAX_VALUE);
  }

  /**
   * The largest request body read.
   *
   * @return the limit in bytes
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String method = request.getMethod();
    RestResponse answer;
    try {
      byte[] body = readBody(request);
      if (body == null) {
        answer = api.error(413, "payload_too_large", "the request body exceeds " + maxBodyBytes
            + " bytes");
        response.setHeader("Connection", "close");
      } else {
        String rawQuery = request.getQueryString();
        answer = api.handle(new RestRequest(method, path(request),
            RestRequest.parseQuery(rawQuery == null ? "" : rawQuery), headers(request), body));
      }
    } catch (IllegalArgumentException e) {
      // a malformed percent escape in the query, or a path that is not absolute
      answer = api.error(400, "bad_request", "malformed request: " + e.getMessage());
    }
    send(response, method, answer);
  }

  /** The decoded path within the application: servlet path plus path info. */
  private static String path(HttpServletRequest request) {
    String info = request.getPathInfo();
    return request.getServletPath() + (info == null ? "" : info);
  }

  private static Map<String, String> headers(HttpServletRequest request) {
    Map<String, String> out = new LinkedHashMap<>();
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      String value = request.getHeader(name);
      if (value != null) {
        out.put(name, value);
      }
    }
    return out;
  }

  /** Reads the body, or returns null when it is larger than the limit. */
  private byte[] readBody(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      // one byte past the limit tells a body that is too large (the limit is below 2^31 - 1)
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      return body.length > maxBodyBytes ? null : body;
    }
  }

  private static void send(HttpServletResponse response, String method, RestResponse answer)
      throws IOException {
    response.setStatus(answer.status());
    answer.headers().forEach(response::setHeader);
    int length = answer.bodyLength();
    if (method.equals("HEAD") || answer.status() == 204 || length == 0) {
      if (method.equals("HEAD")) {
        response.setContentLength(length);
      }
      return;
    }
    response.setContentLength(length);
    ServletOutputStream out = response.getOutputStream();
    out.write(answer.body());
    out.flush();
  }
}
