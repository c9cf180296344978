package dev.quantsdk.rest.jdk;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The JDK adapter on an embedded H2 database. */
class H2QuantHttpServerTest extends QuantHttpServerContract {

  @TempDir
  static Path dir;

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.h2(dir);
  }
}
