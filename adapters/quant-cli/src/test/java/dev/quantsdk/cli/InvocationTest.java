package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvocationTest {

  private static final OptionSpec LIMIT = OptionSpec.valued("--limit", "N", "How many.")
      .withEnvironmentVariable("QUANT_LIMIT");
  private static final OptionSpec JSON = OptionSpec.flag("--json", "JSON.");

  @Test
  void value_fallsBackToTheEnvironmentVariable_onlyWhenAbsentFromTheCommandLine() {
    Invocation given = new Invocation(List.of("quant", "x"), Map.of("--limit", "3"), Set.of(), List.of());
    Invocation absent = new Invocation(List.of("quant", "x"), Map.of(), Set.of(), List.of());
    Map<String, String> environment = Map.of("QUANT_LIMIT", "9");

    assertThat(given.value(LIMIT, environment)).contains("3");
    assertThat(absent.value(LIMIT, environment)).contains("9");
    assertThat(absent.value(LIMIT)).isEmpty();
    assertThat(absent.value(LIMIT, Map.of("QUANT_LIMIT", ""))).isEmpty();
  }

  @Test
  void accessors_returnFlagsArgumentsAndTheCommandName() {
    Invocation invocation = new Invocation(List.of("quant", "import", "house"), Map.of(), Set.of("--json"),
        List.of("f.csv"));

    assertThat(invocation.flag(JSON)).isTrue();
    assertThat(invocation.argument(0)).isEqualTo("f.csv");
    assertThat(invocation.commandName()).isEqualTo("quant import house");
  }
}
