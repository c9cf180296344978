package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One endpoint of the route table: method, path template, documentation, declared parameters,
 * body and response types, and the handler. {@link QuantApi} dispatches on it and
 * {@link OpenApiDocument} describes it, so the served API and its documentation come from the same
 * declaration. Immutable and thread-safe when the handler is.
 *
 * @param method the HTTP method, {@code GET} or {@code POST}
 * @param pathTemplate the path, with {@code {name}} segments for path parameters
 * @param operationId the OpenAPI operation id, unique in the table
 * @param tag the OpenAPI tag that groups it
 * @param summary a one-line summary
 * @param description the longer description
 * @param parameters the declared parameters; every {@code {name}} of the template has one
 * @param requestBody the record type of the JSON body, if the route takes one
 * @param bodyRequired whether the body must be present (false for an optional body)
 * @param responseType the record type of the success body
 * @param successStatus the status of a successful answer: 200, or 201 for a route that creates
 *     a resource
 * @param errorStatuses the error statuses it may answer besides 401/405/500
 * @param secured whether the API key (when configured) is required
 * @param handler the handler
 */
public record Route(String method, String pathTemplate, String operationId, String tag,
    String summary, String description, List<Parameter> parameters,
    Optional<Class<? extends Record>> requestBody, boolean bodyRequired, Class<?> responseType,
    int successStatus,
    List<Integer> errorStatuses, boolean secured, Handler handler) {

  /** Handles a matched call. */
  @FunctionalInterface
  public interface Handler {

    /**
     * Handles the call.
     *
     * @param call the call
     * @return the reply
     * @throws ApiException if the request is refused
     */
    Reply handle(Call call);
  }

  /**
   * A handler's result: the body (serialised as JSON unless already bytes) and extra headers.
   * Immutable.
   *
   * @param body the response body object
   * @param headers extra headers, such as {@code Link}
   */
  public record Reply(Object body, Map<String, String> headers) {

    /**
     * Validates the reply.
     *
     * @throws NullPointerException if a component is null
     */
    public Reply {
      ArgChecker.notNull(body, "body");
      headers = Map.copyOf(ArgChecker.notNull(headers, "headers"));
    }

    /**
     * A reply without extra headers.
     *
     * @param body the body
     * @return the reply
     */
    public static Reply of(Object body) {
      return new Reply(body, Map.of());
    }
  }

  /**
   * Validates the route.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the template and the path parameters disagree
   */
  public Route {
    ArgChecker.notBlank(method, "method");
    ArgChecker.isTrue(pathTemplate.startsWith("/"), "pathTemplate must start with '/': %s",
        pathTemplate);
    ArgChecker.notBlank(operationId, "operationId");
    ArgChecker.notBlank(tag, "tag");
    ArgChecker.notBlank(summary, "summary");
    ArgChecker.notBlank(description, "description");
    parameters = List.copyOf(parameters);
    ArgChecker.notNull(requestBody, "requestBody");
    ArgChecker.isTrue(!bodyRequired || requestBody.isPresent(),
        "%s: a required body needs a body type", pathTemplate);
    ArgChecker.notNull(responseType, "responseType");
    ArgChecker.isTrue(successStatus == 200 || successStatus == 201,
        "successStatus must be 200 or 201 but was %s", successStatus);
    errorStatuses = List.copyOf(errorStatuses);
    ArgChecker.notNull(handler, "handler");
    Set<String> declared = parameters.stream().filter(p -> p.in() == Parameter.In.PATH)
        .map(Parameter::name).collect(Collectors.toSet());
    Set<String> inTemplate = variables(pathTemplate);
    ArgChecker.isTrue(declared.equals(inTemplate),
        "%s: path parameters %s must match the template's %s", pathTemplate, declared, inTemplate);
  }

  /**
   * A builder for a route.
   *
   * @param method the method
   * @param pathTemplate the template
   * @return the builder
   */
  public static Builder builder(String method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  /**
   * Matches a decoded path against the template.
   *
   * @param path the request path
   * @return the path variables, absent if the path does not match
   */
  public Optional<Map<String, String>> match(String path) {
    String[] want = pathTemplate.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return Optional.empty();
    }
    Map<String, String> vars = new HashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (isVariable(want[i])) {
        if (got[i].isEmpty()) {
          return Optional.empty();
        }
        vars.put(want[i].substring(1, want[i].length() - 1), got[i]);
      } else if (!want[i].equals(got[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(vars);
  }

  private static boolean isVariable(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }

  private static Set<String> variables(String template) {
    Set<String> out = new HashSet<>();
    for (String s : template.split("/")) {
      if (isVariable(s)) {
        out.add(s.substring(1, s.length() - 1));
      }
    }
    return out;
  }

  /** Builds a {@link Route}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    private String operationId;
    private String tag;
    private String summary;
    private String description;
    private final List<Parameter> parameters = new ArrayList<>();
    private Optional<Class<? extends Record>> requestBody = Optional.empty();
    private boolean bodyRequired;
    private Class<?> responseType;
    private int successStatus = 200;
    private final List<Integer> errorStatuses = new ArrayList<>();
    private boolean secured = true;

    private Builder(String method, String pathTemplate) {
      this.method = method;
      this.pathTemplate = pathTemplate;
    }

    /**
     * Sets the documentation.
     *
     * @param id the operation id
     * @param group the tag
     * @param oneLine the summary
     * @param text the description
     * @return this builder
     */
    public Builder doc(String id, String group, String oneLine, String text) {
      this.operationId = id;
      this.tag = group;
      this.summary = oneLine;
      this.description = text;
      return this;
    }

    /**
     * Adds parameters.
     *
     * @param declared the parameters
     * @return this builder
     */
    public Builder parameters(Parameter... declared) {
      parameters.addAll(List.of(declared));
      return this;
    }

    /**
     * Sets the optional JSON body type.
     *
     * @param type the record type
     * @return this builder
     */
    public Builder requestBody(Class<? extends Record> type) {
      this.requestBody = Optional.of(type);
      return this;
    }

    /**
     * Sets the type of a JSON body the route requires.
     *
     * @param type the record type
     * @return this builder
     */
    public Builder requiredBody(Class<? extends Record> type) {
      this.requestBody = Optional.of(type);
      this.bodyRequired = true;
      return this;
    }

    /**
     * Sets the 200 body type.
     *
     * @param type the type
     * @return this builder
     */
    public Builder response(Class<?> type) {
      this.responseType = type;
      return this;
    }

    /**
     * Answers 201 Created instead of 200 on success (a route that creates a resource).
     *
     * @return this builder
     */
    public Builder created() {
      this.successStatus = 201;
      return this;
    }

    /**
     * Adds error statuses.
     *
     * @param statuses the statuses
     * @return this builder
     */
    public Builder errors(Integer... statuses) {
      errorStatuses.addAll(List.of(statuses));
      return this;
    }

    /**
     * Makes the route public even when an API key is configured.
     *
     * @return this builder
     */
    public Builder open() {
      this.secured = false;
      return this;
    }

    /**
     * Builds the route.
     *
     * @param handler the handler
     * @return the route
     */
    public Route handler(Handler handler) {
      return new Route(method, pathTemplate, operationId, tag, summary, description, parameters,
          requestBody, bodyRequired, responseType, successStatus, errorStatuses, secured, handler);
    }

    /**
     * Builds the route from a function of the call to a body.
     *
     * @param body computes the body
     * @return the route
     */
    public Route body(Function<Call, Object> body) {
      return handler(call -> Reply.of(body.apply(call)));
    }
  }
}
