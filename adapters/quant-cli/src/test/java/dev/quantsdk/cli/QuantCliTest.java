package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantCliTest {

  @TempDir
  Path workingDirectory;

  private final TestCommands commands = new TestCommands();

  private ExitStatus run(TestCommands.Captured captured, String... args) {
    return QuantCli.run(commands.root, List.of(args), captured.context);
  }

  @Test
  void run_returns0AndWritesOnlyTheCommandsOutput_whenTheCommandSucceeds() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);

    ExitStatus status = run(captured, "import", "house", "f.csv", "--json");

    assertThat(status.code()).isZero();
    assertThat(captured.out()).isEqualTo("ran quant import house");
    assertThat(captured.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "import --help", "import house --help", "demo --limit --help"})
  void run_printsHelpOnStdoutAndReturns0_forHelpAnywhere(String line) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);

    ExitStatus status = run(captured, line.split(" "));

    assertThat(status.code()).isZero();
    assertThat(captured.out()).startsWith("Usage: quant").contains("Exit codes:");
    assertThat(captured.err()).isEmpty();
    assertThat(commands.lastInvocation.get()).as("help never runs the command").isNull();
  }

  @Test
  void run_printsTheErrorAndAHintOnStderrAndReturns2_forAUsageError() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);

    ExitStatus status = run(captured, "import", "house", "f.csv", "--jsn");

    assertThat(status.code()).isEqualTo(2);
    assertThat(captured.out()).isEmpty();
    assertThat(captured.err()).isEqualTo(String.format(
        "quant: unknown option --jsn%nRun 'quant import house --help' for usage.%n"));
  }

  @Test
  void run_returns2_forNoArgumentsAtAll() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);

    ExitStatus status = run(captured);

    assertThat(status.code()).isEqualTo(2);
    assertThat(captured.err()).contains("missing command").contains("Run 'quant --help' for usage.");
  }

  @Test
  void run_printsTheMessageAndReturns1_forBadInput() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);
    commands.toThrow.set(new BadInputException("file not found: f.csv"));

    ExitStatus status = run(captured, "import", "house", "f.csv");

    assertThat(status.code()).isEqualTo(1);
    assertThat(captured.out()).isEmpty();
    assertThat(captured.err()).isEqualTo(String.format("quant: file not found: f.csv%n"));
  }

  @Test
  void run_returns1WithoutStackTrace_forAnUnexpectedFailure_andWithTheTraceUnderQuantDebug() {
    RuntimeException failure = new UncheckedIOException("disk full", new java.io.IOException("disk full"));
    commands.toThrow.set(failure);
    TestCommands.Captured quiet = new TestCommands.Captured(workingDirectory);
    TestCommands.Captured debug = new TestCommands.Captured(workingDirectory, Map.of("QUANT_DEBUG", "1"), false);

    ExitStatus quietStatus = run(quiet, "demo");
    ExitStatus debugStatus = run(debug, "demo");

    assertThat(quietStatus.code()).isEqualTo(1);
    assertThat(quiet.err()).startsWith("quant: failed: java.io.UncheckedIOException: disk full")
        .doesNotContain("\tat ");
    assertThat(debugStatus.code()).isEqualTo(1);
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void run_returns2NamingTheOption_forADatabaseUrlOfAnUnsupportedVendor() {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory);

    int code = QuantCli.run(List.of("import", "house", "f.csv", "--db", "jdbc:mysql://localhost/q"),
        captured.context);

    assertThat(code).isEqualTo(2);
    assertThat(captured.err()).startsWith("quant: --db: jdbcUrl must start with jdbc:h2: or jdbc:postgresql:");
  }
}
