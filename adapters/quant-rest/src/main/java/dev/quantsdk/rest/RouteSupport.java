package dev.quantsdk.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quantsdk.rest.Route.Reply;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every route group shares: the cursor and limit parameters, keyset pages with their
 * {@code next} URL and {@code Link} header, short text parameters, and JSON request bodies read
 * field by field with a 400 naming the field at fault. Stateless and thread-safe.
 */
final class RouteSupport {

  /** The opaque cursor of every paginated list. */
  static final Parameter CURSOR = Parameter.text("cursor",
      "Opaque cursor from the previous page's \"next\" URL; omit for the first page.");
  /** The page size of most lists. */
  static final Parameter LIST_LIMIT = Parameter.integer("limit", 1, QuantApi.MAX_LIMIT, 100,
      "Maximum number of items on the page.");

  private RouteSupport() {
  }

  /** A text parameter of 1 to {@code max} non-blank characters (the column's width). */
  static Optional<String> shortText(Parameter parameter, Call call, int max) {
    Optional<String> text = parameter.textValue(call);
    if (text.isPresent() && (text.get().isBlank() || text.get().length() > max)) {
      throw ApiException.badRequest(parameter.name(), String.format(Locale.ROOT,
          "%s must be 1 to %d characters but was '%s'", parameter.name(), max, text.get()));
    }
    return text;
  }

  /** The call's cursor, which must belong to the list {@code scope}. */
  static Optional<PageCursor> cursor(Call call, String scope) {
    Optional<String> text = CURSOR.textValue(call);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PageCursor.parse(text.get(), scope));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("cursor", "cursor is not a cursor of this list; pass the "
          + "previous page's \"next\" URL unchanged");
    }
  }

  /** The next page's URL: the same path and parameters with the last item's cursor. */
  static <T> Optional<String> next(Call call, ApiQueries.Rows<T> rows,
      Function<T, PageCursor> keyOf) {
    if (!rows.more()) {
      return Optional.empty();
    }
    PageCursor last = keyOf.apply(rows.items().get(rows.items().size() - 1));
    StringBuilder url = new StringBuilder(call.request().path()).append('?');
    call.request().query().forEach((name, values) -> {
      if (!name.equals(CURSOR.name())) {
        for (String v : values) {
          url.append(encode(name)).append('=').append(encode(v)).append('&');
        }
      }
    });
    url.append("cursor=").append(last);
    return Optional.of(url.toString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A page reply: the body, and a {@code Link: <next>; rel="next"} header when more follow. */
  static Reply reply(Object body, Optional<String> next) {
    return next.isEmpty() ? Reply.of(body)
        : new Reply(body, Map.of("Link", "<" + next.get() + ">; rel=\"next\""));
  }

  /**
   * The request's JSON object body, checking its content type and that it names only known
   * fields.
   *
   * @param request the request
   * @param known the fields the body may hold
   * @param example an example body for the error messages
   * @return the object, empty when the request has no body (or {@code null})
   * @throws ApiException 415 for another content type, 400 for invalid JSON, a non-object or an
   *     unknown field
   */
  static Optional<ObjectNode> jsonObject(RestRequest request, Set<String> known, String example) {
    if (!request.hasBody()) {
      return Optional.empty();
    }
    Optional<String> type = request.header("Content-Type");
    if (type.isPresent() && !type.get().toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "unsupported_media_type", "the body must be application/json "
          + "but was " + type.get(), Optional.of("body"));
    }
    JsonNode json;
    try {
      json = RestJson.mapper().readTree(request.body());
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("body", "the body is not valid JSON: "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("body", "the body cannot be read: " + e.getMessage());
    }
    if (json == null || json.isMissingNode() || json.isNull()) {
      return Optional.empty();
    }
    if (!(json instanceof ObjectNode object)) {
      throw ApiException.badRequest("body", "the body must be a JSON object such as " + example);
    }
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw ApiException.badRequest(name, "unknown field " + name + "; the body accepts only "
            + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return Optional.of(object);
  }

  /** The request's JSON object body, which must be present. */
  static ObjectNode requiredJsonObject(RestRequest request, Set<String> known, String example) {
    return jsonObject(request, known, example).orElseThrow(() -> ApiException.badRequest("body",
        "a JSON body is required, such as " + example));
  }

  /** A text field of 1 to {@code max} characters, if present and not null. */
  static Optional<String> text(ObjectNode body, String field, int max) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual() || n.textValue().isBlank() || n.textValue().length() > max) {
      throw ApiException.badRequest(field, String.format(Locale.ROOT,
          "%s must be a string of 1 to %d characters but was %s", field, max, n));
    }
    return Optional.of(n.textValue());
  }

  /** A required text field of 1 to {@code max} characters. */
  static String requiredText(ObjectNode body, String field, int max) {
    return text(body, field, max).orElseThrow(() -> ApiException.badRequest(field,
        field + " is required"));
  }

  /** A whole-number field in [min, max], if present and not null. */
  static Optional<Integer> integer(ObjectNode body, String field, int min, int max) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.canConvertToExactIntegral() || !n.canConvertToInt() || n.intValue() < min
        || n.intValue() > max) {
      throw ApiException.badRequest(field, String.format(Locale.ROOT,
          "%s must be a whole number in [%d, %d] but was %s", field, min, max, n));
    }
    return Optional.of(n.intValue());
  }

  /** A finite number field in [min, max], if present and not null. */
  static Optional<Double> number(ObjectNode body, String field, double min, double max) {
    JsonNode n = body.get(field);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    double v = n.isNumber() ? n.doubleValue() : Double.NaN;
    if (!Double.isFinite(v) || v < min || v > max) {
      throw ApiException.badRequest(field, String.format(Locale.ROOT,
          "%s must be a number in [%s, %s] but was %s", field, min, max, n));
    }
    return Optional.of(v);
  }

  /** A list of strings from a comma-separated query value: trimmed, non-empty, distinct. */
  static List<String> commaList(Parameter parameter, Call call, int maxItems, int maxLength) {
    Optional<String> text = parameter.textValue(call);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> items = java.util.Arrays.stream(text.get().split(",", -1)).map(String::trim)
        .toList();
    if (items.size() > maxItems || items.stream().anyMatch(s -> s.isEmpty()
        || s.length() > maxLength) || items.stream().distinct().count() != items.size()) {
      throw ApiException.badRequest(parameter.name(), String.format(Locale.ROOT,
          "%s must be 1 to %d distinct comma-separated names of 1 to %d characters but was '%s'",
          parameter.name(), maxItems, maxLength, text.get()));
    }
    return items;
  }
}
