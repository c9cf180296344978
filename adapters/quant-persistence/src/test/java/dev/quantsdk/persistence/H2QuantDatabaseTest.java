package dev.quantsdk.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link QuantDatabaseContract} on embedded H2 file databases. */
class H2QuantDatabaseTest extends QuantDatabaseContract {

  @TempDir
  Path directory;

  @Override
  protected TestDatabase testDatabase() {
    return new H2TestDatabase(directory);
  }
}
