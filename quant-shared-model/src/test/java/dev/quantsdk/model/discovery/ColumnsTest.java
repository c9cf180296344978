package dev.quantsdk.model.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnsTest {

  @Test
  void jsonObject_acceptsObjects_andTrims() {
    assertThat(Columns.jsonObject("  {\"a\": 1}\n", "parameters")).isEqualTo("{\"a\": 1}");
    assertThat(Columns.jsonObject("{}", "parameters")).isEqualTo("{}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1, 2]", "\"text\"", "42", "{\"a\": 1", " "})
  void jsonObject_rejectsEverythingElse_namingTheColumn(String json) {
    assertThatThrownBy(() -> Columns.jsonObject(json, "parameters"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parameters");
  }

  @Test
  void jsonArray_acceptsArraysOnly() {
    assertThat(Columns.jsonArray("[]", "nodes")).isEqualTo("[]");
    assertThatThrownBy(() -> Columns.jsonArray("{}", "nodes")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nodes must be a JSON array");
  }

  @Test
  void optionalText_letsAbsentValuesThrough_butNotBlankOnes() {
    assertThat(Columns.optionalText(null, 10, "district")).isNull();
    assertThatThrownBy(() -> Columns.optionalText(" ", 10, "district")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void window_rejectsAReversedWindow() {
    LocalDate day = LocalDate.of(2021, 1, 1);
    Columns.window(day, day, "window");
    assertThatThrownBy(() -> Columns.window(day, day.minusDays(1), "window"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window end 2020-12-31 is before window start 2021-01-01");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN})
  void unitInterval_rejectsValuesOutsideZeroOne(double value) {
    assertThatThrownBy(() -> Columns.unitInterval(value, "strength")).isInstanceOf(IllegalArgumentException.class);
  }
}
