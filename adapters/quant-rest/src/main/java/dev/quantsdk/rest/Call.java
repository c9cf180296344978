package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import java.util.Map;

/**
 * A request matched to a route: the request and the values of the path template's
 * {@code {name}} segments. Immutable and thread-safe.
 *
 * @param request the request
 * @param pathVariables the path segments by template name
 */
public record Call(RestRequest request, Map<String, String> pathVariables) {

  /**
   * Validates and copies the call.
   *
   * @throws NullPointerException if a component is null
   */
  public Call {
    ArgChecker.notNull(request, "request");
    pathVariables = Map.copyOf(ArgChecker.notNull(pathVariables, "pathVariables"));
  }

  /**
   * One path variable.
   *
   * @param name the template name
   * @return the decoded segment
   * @throws IllegalStateException if the template has no such variable
   */
  public String pathVariable(String name) {
    String v = pathVariables.get(name);
    if (v == null) {
      throw new IllegalStateException("the route has no path variable {" + name + "}");
    }
    return v;
  }
}
