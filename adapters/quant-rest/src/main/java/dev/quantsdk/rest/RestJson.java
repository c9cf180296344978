package dev.quantsdk.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The API's one JSON configuration: snake-case names, {@link Optional} and
 * {@link OptionalDouble} as their value or {@code null}, {@link Instant}, {@link LocalDate} and
 * {@link Duration} as ISO-8601 text, without the Jackson
 * modules for Java 8 types (so hosts choose their own Jackson setup freely). The mapper is
 * configured once and thread-safe.
 */
final class RestJson {

  private static final ObjectMapper MAPPER = create();

  private RestJson() {
  }

  private static ObjectMapper create() {
    SimpleModule module = new SimpleModule("quant-rest");
    module.addSerializer(new OptionalSerializer());
    module.addSerializer(Instant.class, ToStringSerializer.instance);
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    module.addSerializer(Duration.class, ToStringSerializer.instance);
    module.addSerializer(new OptionalDoubleSerializer());
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(module)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The configured mapper; callers must not reconfigure it. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Serialises a value as UTF-8 JSON. */
  static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName()
          + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A value as a JSON tree with every non-finite number (NaN, infinities) replaced by
   * {@code null}, as JSON has no such numbers.
   */
  static JsonNode finiteTree(Object value) {
    return finite(MAPPER.valueToTree(value));
  }

  private static JsonNode finite(JsonNode node) {
    if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
      return NullNode.getInstance();
    }
    if (node instanceof ObjectNode object) {
      object.properties().forEach(e -> e.setValue(finite(e.getValue())));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, finite(array.get(i)));
      }
    }
    return node;
  }

  /** Parses stored JSON text (a JSON column). */
  static JsonNode readTree(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes a present {@link Optional}'s value and an empty one as {@code null}. */
  private static final class OptionalSerializer extends StdSerializer<Optional<?>> {

    private static final long serialVersionUID = 1L;

    OptionalSerializer() {
      super(Optional.class, false);
    }

    @Override
    public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }
  }

  /** Writes a present {@link OptionalDouble}'s value and an empty one as {@code null}. */
  private static final class OptionalDoubleSerializer extends StdSerializer<OptionalDouble> {

    private static final long serialVersionUID = 1L;

    OptionalDoubleSerializer() {
      super(OptionalDouble.class);
    }

    @Override
    public void serialize(OptionalDouble value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        gen.writeNumber(value.getAsDouble());
      } else {
        gen.writeNull();
      }
    }
  }
}
