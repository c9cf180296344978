package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionSpecTest {

  @Test
  void valued_showsItsValueLabel_andCarriesDefaultAndEnvironmentVariable() {
    OptionSpec option = OptionSpec.valued("--db", "JDBC_URL", "The database.")
        .withDefault("h2").withEnvironmentVariable("QUANT_DB_URL");

    assertThat(option.takesValue()).isTrue();
    assertThat(option.synopsis()).isEqualTo("--db JDBC_URL");
    assertThat(option.defaultText()).contains("h2");
    assertThat(option.environmentVariable()).contains("QUANT_DB_URL");
  }

  @Test
  void flag_takesNoValue() {
    OptionSpec option = OptionSpec.flag("--json", "Print JSON.");

    assertThat(option.takesValue()).isFalse();
    assertThat(option.synopsis()).isEqualTo("--json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "-j", "--Json", "--", "--two words", "---x"})
  void constructor_rejectsNamesThatAreNotLowerCaseLongOptions(String name) {
    assertThatThrownBy(() -> OptionSpec.flag(name, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--lower-case-words");
  }

  @Test
  void constructor_rejectsABlankDescription() {
    assertThatThrownBy(() -> OptionSpec.flag("--json", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
  }
}
