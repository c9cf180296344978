package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentSpecTest {

  @Test
  void constructor_acceptsAnUpperCaseLabel() {
    assertThat(new ArgumentSpec("JDBC_URL2", "x").label()).isEqualTo("JDBC_URL2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file", "File", "2FILE", "FILE NAME", ""})
  void constructor_rejectsLabelsThatAreNotUpperCase(String label) {
    assertThatThrownBy(() -> new ArgumentSpec(label, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UPPER_CASE");
  }
}
