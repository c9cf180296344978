package dev.quantsdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseConfigTest {

  @Test
  void embeddedH2_isAFileDatabaseNamedQuant_inTheGivenDirectory() {
    Path dir = Path.of("some", "dir");
    DatabaseConfig config = DatabaseConfig.embeddedH2(dir);
    String expected = "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("quant").toString().replace('\\', '/');
    assertThat(config.jdbcUrl()).isEqualTo(expected);
    assertThat(config.user()).isEqualTo("sa");
    assertThat(config.password()).isEmpty();
    assertThat(config.maxPoolSize()).isEqualTo(DatabaseConfig.DEFAULT_POOL_SIZE);
  }

  @Test
  void embeddedH2_defaultsToQuantDataInTheWorkingDirectory() {
    assertThat(DatabaseConfig.embeddedH2().jdbcUrl())
        .isEqualTo(DatabaseConfig.embeddedH2(Path.of("").toAbsolutePath().resolve("quant-data")).jdbcUrl())
        .endsWith("/quant-data/quant");
  }

  @Test
  void toString_masksThePassword() {
    DatabaseConfig config = DatabaseConfig.of("jdbc:postgresql://db/quant", "app", "s3cret");
    assertThat(config.toString()).doesNotContain("s3cret").contains("****").contains("jdbc:postgresql://db/quant");
  }

  @Test
  void withMaxPoolSize_keepsTheRest() {
    DatabaseConfig config = DatabaseConfig.of("jdbc:postgresql://db/quant", "app", "pw").withMaxPoolSize(10);
    assertThat(config).isEqualTo(new DatabaseConfig("jdbc:postgresql://db/quant", "app", "pw", 10));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:mysql://db/quant", "postgresql://db/quant", " "})
  void rejectsUrlsOfOtherDatabases(String url) {
    assertThatThrownBy(() -> DatabaseConfig.of(url, "app", "pw")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"0", "201", "-1"})
  void rejectsPoolSizesOutOfRange(int size) {
    assertThatThrownBy(() -> new DatabaseConfig("jdbc:h2:mem:x", "sa", "", size))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPoolSize");
  }
}
