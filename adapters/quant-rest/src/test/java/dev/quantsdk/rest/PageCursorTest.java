package dev.quantsdk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

  @Test
  void parse_isTheInverseOfToString_bitForBit() {
    // a double that is not a short decimal and an instant with microseconds survive the trip
    PageCursor c = new PageCursor("critical", 0.1 + 0.2, Instant.parse("2026-11-22T09:00:00.123456Z"),
        ID);
    PageCursor back = PageCursor.parse(c.toString(), "critical");
    assertThat(back).isEqualTo(c);
    assertThat(Double.doubleToLongBits(back.number())).isEqualTo(Double.doubleToLongBits(0.1 + 0.2));
    assertThat(c.toString()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void parse_refusesACursorOfAnotherList() {
    String recent = new PageCursor("recent", 0.5, Instant.EPOCH, ID).toString();
    assertThatThrownBy(() -> PageCursor.parse(recent, "jobs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a cursor of this list");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "!!", "bm9wZQ", "cmVjZW50fHh8eXx6"})
  void parse_refusesGarbage(String text) {
    assertThatThrownBy(() -> PageCursor.parse(text, "recent"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
