package dev.quantsdk.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link RoleSeparationContract} on an embedded H2 file database (refusals are SQLState 90096). */
class H2RoleSeparationTest extends RoleSeparationContract {

  @TempDir
  static Path directory;

  @Override
  protected TestDatabase testDatabase() {
    return new H2TestDatabase(directory);
  }
}
