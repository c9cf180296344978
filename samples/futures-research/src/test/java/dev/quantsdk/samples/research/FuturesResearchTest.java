package dev.quantsdk.samples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's command line on the bundled data: the report file is written and carries the
 * known facts of the files (samples/data/README.md) and of the facade's default sma-cross 50/200
 * run on ES1 (docs/orchestration.md).
 */
class FuturesResearchTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return FuturesResearch.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_writesTheReport_withTheFilesFactsAndTheEs1Headline() throws IOException {
    Path report = dir.resolve("nested/report.html");

    int code = run("--data", System.getProperty("quant.data.dir"), "--out", report.toString());

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    // samples/data/README.md: ES1 5,650 rows 1997-09-09 .. 2019-10-18, ES2 5,642 rows to 2019-11-05
    assertThat(html).contains("5,650 bars from 1997-09-09 to 2019-10-18",
        "5,642 bars from 1997-09-09 to 2019-11-05");
    // docs/orchestration.md, ES1 with the defaults: sma-cross 50/200 has 25 fills and ends at
    // USD 195,300; the 4 inconsistent rows are repaired
    assertThat(html).contains("(5,650 rows read, policy REPAIR, 4 issue(s))");
    String stdout = out.toString(StandardCharsets.UTF_8);
    assertThat(stdout).contains("wrote " + report.toAbsolutePath().normalize())
        .contains("ES1: sma-cross 50/200 long-short, 25 fills, final equity 195,300.00 USD");
  }

  @Test
  void run_withoutTheData_exits1_namingTheDataOption() {
    assertThat(run("--data", dir.resolve("nothing").toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data DIR");
  }

  @Test
  void run_unknownArgument_exits2() {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: futures-research",
        "'--bogus'");
  }
}
