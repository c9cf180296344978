package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContextTest {

  @TempDir
  Path workingDirectory;

  @Test
  void resolve_resolvesRelativePathsAgainstTheWorkingDirectory_andKeepsAbsoluteOnes() {
    CliContext context = new TestCommands.Captured(workingDirectory).context;
    Path absolute = workingDirectory.resolve("elsewhere/f.csv").toAbsolutePath();

    assertThat(context.resolve("data/../f.csv")).isEqualTo(workingDirectory.toAbsolutePath().resolve("f.csv"));
    assertThat(context.resolve(absolute.toString())).isEqualTo(absolute);
  }
}
