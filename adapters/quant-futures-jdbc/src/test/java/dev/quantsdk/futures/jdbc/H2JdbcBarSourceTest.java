package dev.quantsdk.futures.jdbc;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2JdbcBarSourceTest extends JdbcBarSourceContract {

  @TempDir
  Path dir;

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.h2(dir);
  }
}
