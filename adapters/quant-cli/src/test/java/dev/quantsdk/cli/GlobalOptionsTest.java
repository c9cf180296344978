package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GlobalOptionsTest {

  private static final String DEFAULT = "<default>";

  @TempDir
  Path workingDirectory;

  private Invocation invocation(Map<String, String> values) {
    return new Invocation(List.of("quant", "demo"), values, java.util.Set.of(), List.of());
  }

  private DatabaseConfig resolve(Map<String, String> values, Map<String, String> environment) {
    CliContext context = new TestCommands.Captured(workingDirectory, environment, false).context;
    return GlobalOptions.database(invocation(values), context);
  }

  /** Command line, environment, expected url/user/password (DEFAULT = the embedded H2 defaults). */
  static Stream<Arguments> precedence() {
    return Stream.of(
        Arguments.of(Map.of(), Map.of(), DEFAULT, "sa", ""),
        Arguments.of(Map.of(), Map.of("QUANT_DB_URL", "jdbc:h2:mem:env", "QUANT_DB_USER", "envuser",
            "QUANT_DB_PASSWORD", "envpw"), "jdbc:h2:mem:env", "envuser", "envpw"),
        Arguments.of(Map.of("--db", "jdbc:postgresql://db:5432/q", "--db-user", "cli", "--db-password", "clipw"),
            Map.of("QUANT_DB_URL", "jdbc:h2:mem:env", "QUANT_DB_USER", "envuser", "QUANT_DB_PASSWORD", "envpw"),
            "jdbc:postgresql://db:5432/q", "cli", "clipw"),
        // each setting falls back on its own
        Arguments.of(Map.of("--db-user", "cli"), Map.of("QUANT_DB_URL", "jdbc:h2:mem:env"),
            "jdbc:h2:mem:env", "cli", ""),
        // an empty variable counts as unset
        Arguments.of(Map.of(), Map.of("QUANT_DB_URL", "", "QUANT_DB_USER", ""), DEFAULT, "sa", ""));
  }

  @ParameterizedTest
  @MethodSource("precedence")
  void database_takesCommandLineThenEnvironmentThenDefault(Map<String, String> values,
      Map<String, String> environment, String url, String user, String password) {
    DatabaseConfig config = resolve(values, environment);

    String expectedUrl = url.equals(DEFAULT)
        ? "jdbc:h2:file:" + workingDirectory.toAbsolutePath().resolve("quant-data").resolve("quant")
        : url;
    assertThat(config.jdbcUrl()).isEqualTo(expectedUrl);
    assertThat(config.user()).isEqualTo(user);
    assertThat(config.password()).isEqualTo(password);
  }

  @Test
  void database_placesTheDefaultDatabaseUnderTheWorkingDirectory_notTheJvmsDirectory() {
    DatabaseConfig config = resolve(Map.of(), new HashMap<>());

    assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:" + workingDirectory.toAbsolutePath());
  }

  @Test
  void database_throwsUsageException_forAnUnsupportedUrl() {
    assertThatThrownBy(() -> resolve(Map.of("--db", "jdbc:sqlite:x.db"), Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("--db: ")
        .hasMessageContaining("jdbc:sqlite:x.db");
  }

  @Test
  void all_namesEachOptionsEnvironmentVariable() {
    assertThat(GlobalOptions.ALL).extracting(option -> option.environmentVariable().orElseThrow())
        .containsExactly("QUANT_DB_URL", "QUANT_DB_USER", "QUANT_DB_PASSWORD");
  }
}
