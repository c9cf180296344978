package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.persistence.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliDatabaseTest {

  @TempDir
  Path directory;

  @Test
  void open_createsAndMigratesAnEmbeddedH2FileDatabase() throws SQLException {
    try (CliDatabase db = CliDatabase.open(DatabaseConfig.embeddedH2(directory.resolve("quant-data")));
        Connection connection = db.dataSource().getConnection();
        ResultSet tables = connection.getMetaData().getTables(null, null, "TRADES", null)) {
      assertThat(tables.next()).as("the trades table exists after migration").isTrue();
    }
    assertThat(directory.resolve("quant-data").resolve("quant.mv.db")).isRegularFile();
  }

  @Test
  void open_throwsBadInputNamingTheUrlWithoutItsParameters_whenTheDatabaseCannotBeCreated() throws IOException {
    Path blocker = Files.writeString(directory.resolve("blocker"), "a file where a directory should be");
    String url = "jdbc:h2:file:" + blocker.resolve("quant") + ";CIPHER=AES";
    DatabaseConfig config = DatabaseConfig.of(url, "sa", "secret-key sa-password");

    assertThatThrownBy(() -> CliDatabase.open(config))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("cannot open database jdbc:h2:file:" + blocker.resolve("quant") + " as user sa: ")
        .message().doesNotContain("CIPHER").doesNotContain("secret");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jdbc:h2:file:/data/quant                              | jdbc:h2:file:/data/quant",
      "jdbc:h2:file:/data/quant;CIPHER=AES;PASSWORD=x        | jdbc:h2:file:/data/quant",
      "jdbc:postgresql://db:5432/quant?user=q&password=s3cret | jdbc:postgresql://db:5432/quant",
      "jdbc:postgresql://db/quant?ssl=true;x=y               | jdbc:postgresql://db/quant",
  })
  void redactedUrl_dropsEveryParameter(String url, String redacted) {
    assertThat(CliDatabase.redactedUrl(url)).isEqualTo(redacted);
  }
}
