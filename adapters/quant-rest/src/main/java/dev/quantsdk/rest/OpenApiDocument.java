package dev.quantsdk.rest;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.dto.ApiError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Generates the OpenAPI 3.0 document from the route table: one operation per {@link Route} with
 * its declared parameters (types, bounds, defaults), optional body, 200 schema, error responses
 * and security, and one component schema per record type, derived from Jackson's own view of the
 * record (the same property names and types it serialises). The document therefore cannot drift
 * from the served API. Stateless and thread-safe.
 */
public final class OpenApiDocument {

  /** The OpenAPI version written. */
  public static final String OPENAPI_VERSION = "3.0.3";
  /** The security scheme's name in the document. */
  public static final String SECURITY_SCHEME = "ApiKeyAuth";

  private static final Map<Integer, String> ERROR_TEXT = Map.of(
      400, "Invalid parameter or body (the field names it)",
      401, "Missing or wrong API key",
      404, "No such resource",
      405, "Method not allowed on this path",
      413, "Request body too large",
      415, "Body is not application/json",
      422, "The request is valid but cannot be carried out on this data",
      500, "Internal error",
      503, "Unavailable: a collaborator this route needs is not configured, or the server is "
          + "stopping");

  private OpenApiDocument() {
  }

  /**
   * The document for a route table.
   *
   * @param routes the routes
   * @param title the API title
   * @param version the API version
   * @return the document, a fresh tree
   * @throws IllegalStateException if a type has no JSON schema mapping
   */
  public static ObjectNode of(List<Route> routes, String title, String version) {
    ArgChecker.notNull(routes, "routes");
    ObjectMapper mapper = RestJson.mapper();
    ObjectNode doc = mapper.createObjectNode();
    doc.put("openapi", OPENAPI_VERSION);
    ObjectNode info = doc.putObject("info");
    info.put("title", title);
    info.put("version", version);
    info.put("description", "Discoveries from congressional trading disclosures, the job runs "
        + "that produced them, futures research (data, features, models, signals, backtests, "
        + "paper trading) and the futures platform's analyses. Errors are {\"error\", \"message\", \"field\"}; lists are "
        + "paginated with an opaque cursor: follow a page's \"next\" URL (also sent as a Link "
        + "header with rel=\"next\") until it is null.");
    Map<String, ObjectNode> schemas = new TreeMap<>();
    ObjectNode paths = doc.putObject("paths");
    for (Route route : routes) {
      ObjectNode path = paths.has(route.pathTemplate())
          ? (ObjectNode) paths.get(route.pathTemplate())
          : paths.putObject(route.pathTemplate());
      path.set(route.method().toLowerCase(Locale.ROOT), operation(route, mapper, schemas));
    }
    ObjectNode components = doc.putObject("components");
    ObjectNode schemaNode = components.putObject("schemas");
    schemas.forEach(schemaNode::set);
    ObjectNode scheme = components.putObject("securitySchemes").putObject(SECURITY_SCHEME);
    scheme.put("type", "apiKey");
    scheme.put("in", "header");
    scheme.put("name", QuantApi.API_KEY_HEADER);
    scheme.put("description", "Required on /api/v1 routes only when the server is configured "
        + "with a key; off by default.");
    return doc;
  }

  private static ObjectNode operation(Route route, ObjectMapper mapper,
      Map<String, ObjectNode> schemas) {
    ObjectNode op = mapper.createObjectNode();
    op.put("operationId", route.operationId());
    op.putArray("tags").add(route.tag());
    op.put("summary", route.summary());
    op.put("description", route.description());
    if (!route.parameters().isEmpty()) {
      ArrayNode params = op.putArray("parameters");
      for (Parameter p : route.parameters()) {
        params.add(parameter(p, mapper));
      }
    }
    if (route.requestBody().isPresent()) {
      ObjectNode body = op.putObject("requestBody");
      body.put("required", route.bodyRequired());
      body.putObject("content").putObject("application/json").set("schema",
          schema(mapper.constructType(route.requestBody().get()), mapper, schemas));
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject(Integer.toString(route.successStatus()));
    ok.put("description", route.successStatus() == 201 ? "Created" : "OK");
    ok.putObject("content").putObject("application/json").set("schema",
        schema(mapper.constructType(route.responseType()), mapper, schemas));
    JsonNode errorSchema = schema(mapper.constructType(ApiError.class), mapper, schemas);
    TreeMap<Integer, String> errors = new TreeMap<>();
    route.errorStatuses().forEach(s -> errors.put(s, ERROR_TEXT.getOrDefault(s, "Error")));
    if (route.secured()) {
      errors.put(401, ERROR_TEXT.get(401));
      op.putArray("security").addObject().putArray(SECURITY_SCHEME);
    }
    errors.put(405, ERROR_TEXT.get(405));
    errors.put(500, ERROR_TEXT.get(500));
    errors.forEach((status, text) -> {
      ObjectNode r = responses.putObject(Integer.toString(status));
      r.put("description", text);
      r.putObject("content").putObject("application/json").set("schema", errorSchema);
    });
    return op;
  }

  private static ObjectNode parameter(Parameter p, ObjectMapper mapper) {
    ObjectNode node = mapper.createObjectNode();
    node.put("name", p.name());
    node.put("in", p.in().name().toLowerCase(Locale.ROOT));
    node.put("required", p.required());
    node.put("description", p.description());
    ObjectNode schema = node.putObject("schema");
    switch (p.type()) {
      case INTEGER -> {
        schema.put("type", "integer");
        schema.put("format", "int32");
        p.minimum().ifPresent(v -> schema.put("minimum", v.longValue()));
        p.maximum().ifPresent(v -> schema.put("maximum", v.longValue()));
        p.defaultValue().ifPresent(v -> schema.put("default", Integer.parseInt(v)));
      }
      case NUMBER -> {
        schema.put("type", "number");
        schema.put("format", "double");
        p.minimum().ifPresent(v -> schema.put("minimum", v));
        p.maximum().ifPresent(v -> schema.put("maximum", v));
        p.defaultValue().ifPresent(v -> schema.put("default", Double.parseDouble(v)));
      }
      case UUID -> {
        schema.put("type", "string");
        schema.put("format", "uuid");
      }
      case DATE -> {
        schema.put("type", "string");
        schema.put("format", "date");
      }
      case STRING -> {
        schema.put("type", "string");
        p.defaultValue().ifPresent(v -> schema.put("default", v));
      }
      default -> throw new IllegalStateException("unknown parameter type " + p.type());
    }
    return node;
  }

  private static ObjectNode schema(JavaType type, ObjectMapper mapper,
      Map<String, ObjectNode> schemas) {
    Class<?> raw = type.getRawClass();
    ObjectNode s = mapper.createObjectNode();
    if (raw == Optional.class) {
      ObjectNode inner = schema(type.containedType(0), mapper, schemas);
      if (inner.has("$ref")) {
        s.putArray("allOf").add(inner);
      } else {
        s.setAll(inner);
      }
      s.put("nullable", true);
    } else if (raw == String.class) {
      s.put("type", "string");
    } else if (raw == UUID.class) {
      s.put("type", "string").put("format", "uuid");
    } else if (raw == Instant.class) {
      s.put("type", "string").put("format", "date-time");
    } else if (raw == LocalDate.class) {
      s.put("type", "string").put("format", "date");
    } else if (raw == double.class || raw == Double.class) {
      // a value that is not finite (a Sharpe ratio without variance) is written as null
      s.put("type", "number").put("format", "double").put("nullable", true);
    } else if (raw == OptionalDouble.class) {
      s.put("type", "number").put("format", "double").put("nullable", true);
    } else if (raw == Currency.class) {
      s.put("type", "string").put("description", "ISO 4217 currency code");
    } else if (raw == Duration.class) {
      s.put("type", "string").put("format", "duration");
    } else if (raw.isEnum()) {
      s.put("type", "string");
      ArrayNode values = s.putArray("enum");
      for (Object c : raw.getEnumConstants()) {
        values.add(((Enum<?>) c).name());
      }
    } else if (raw.isArray()) {
      s.put("type", "array");
      s.set("items", schema(type.getContentType(), mapper, schemas));
    } else if (raw == int.class || raw == Integer.class) {
      s.put("type", "integer").put("format", "int32");
    } else if (raw == long.class || raw == Long.class) {
      s.put("type", "integer").put("format", "int64");
    } else if (raw == boolean.class || raw == Boolean.class) {
      s.put("type", "boolean");
    } else if (JsonNode.class.isAssignableFrom(raw)) {
      s.put("type", "object");
      s.put("additionalProperties", true);
    } else if (Map.class.isAssignableFrom(raw)) {
      s.put("type", "object");
      JavaType value = type.getContentType();
      if (value == null || value.getRawClass() == Object.class) {
        s.put("additionalProperties", true);
      } else {
        s.set("additionalProperties", schema(value, mapper, schemas));
      }
    } else if (Collection.class.isAssignableFrom(raw)) {
      s.put("type", "array");
      s.set("items", schema(type.getContentType(), mapper, schemas));
    } else if (raw.isRecord()) {
      // a nested record is named with its enclosing types: PerformanceMetricsResult
      String name = raw.getSimpleName();
      for (Class<?> outer = raw.getEnclosingClass(); outer != null;
          outer = outer.getEnclosingClass()) {
        name = outer.getSimpleName() + name;
      }
      if (!schemas.containsKey(name)) {
        ObjectNode def = mapper.createObjectNode();
        schemas.put(name, def);
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        ArrayNode required = def.putArray("required");
        for (BeanPropertyDefinition prop : mapper.getSerializationConfig().introspect(type)
            .findProperties()) {
          props.set(prop.getName(), schema(prop.getPrimaryType(), mapper, schemas));
          required.add(prop.getName());
        }
        def.put("additionalProperties", false);
      }
      s.put("$ref", "#/components/schemas/" + name);
    } else {
      throw new IllegalStateException("no JSON schema mapping for " + type);
    }
    return s;
  }
}
