package dev.quantsdk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The one JSON writer of the CLI: every {@code --json} output is one JSON value on one line of
 * stdout. The mapper is configured once and is thread-safe.
 */
final class CliJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private CliJson() {
  }

  /** A new empty JSON object. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Writes a value (a tree, a map, a list) as one line on the stream, without closing it. */
  static void print(Object value, PrintStream out) {
    try {
      MAPPER.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to stdout", e);
    }
    out.println();
    out.flush();
  }
}
