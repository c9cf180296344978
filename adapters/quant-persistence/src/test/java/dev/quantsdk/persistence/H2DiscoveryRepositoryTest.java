package dev.quantsdk.persistence;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link DiscoveryRepositoryContract} on embedded H2 file databases. */
class H2DiscoveryRepositoryTest extends DiscoveryRepositoryContract {

  @TempDir
  static Path directory;

  @Override
  protected TestDatabase testDatabase() {
    return new H2TestDatabase(directory);
  }
}
