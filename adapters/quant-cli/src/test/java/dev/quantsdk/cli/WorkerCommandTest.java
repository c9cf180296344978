package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quant worker} on the default embedded H2 database: runs the nightly discovery of the
 * bundled House file on demand, shows it in {@code quant jobs}, and stops on its shutdown hook.
 */
class WorkerCommandTest {

  private static final long RUN_TIMEOUT_SECONDS = 120;

  @TempDir
  Path workingDirectory;

  private final ObjectMapper mapper = new ObjectMapper();

  private TestCommands.Captured run(CommandGroup root, String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), false);
    captured.exitCode = QuantCli.run(root, List.of(args), captured.context).code();
    return captured;
  }

  private static CommandGroup rootWith(WorkerCommand worker) {
    return new CommandGroup(QuantCli.PROGRAM, "test", "Test root.", GlobalOptions.ALL,
        List.of(worker, new JobsCommand()), List.of());
  }

  @Test
  void worker_runsTheNightlyDiscoveryNow_showsItInJobs_andStopsOnItsHook() throws Exception {
    String csv = Path.of(System.getProperty("quant.data.dir"))
        .resolve("congress/house_transactions_2020_2022.csv").toString();
    TestCommands.Captured imported = run(CommandRegistry.root(), "import", "house", csv);
    assertThat(imported.exitCode).as(imported.err()).isZero();

    List<Runnable> hooks = new CopyOnWriteArrayList<>();
    CommandGroup root = rootWith(new WorkerCommand(hooks::add));
    TestCommands.Captured worker = new TestCommands.Captured(workingDirectory, Map.of(), false);
    CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> QuantCli.run(root,
        List.of("worker", "--threads", "2", "--name", "cli-test", "--run-now"),
        worker.context).code());

    JsonNode nightly = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_SECONDS);
    while (nightly == null && System.nanoTime() < deadline) {
      TimeUnit.MILLISECONDS.sleep(500);
      TestCommands.Captured jobs = run(root, "jobs", "--json");
      assertThat(jobs.exitCode).as(jobs.err()).isZero();
      for (JsonNode r : mapper.readTree(jobs.out())) {
        if (r.get("kind").asText().equals("discovery.nightly")
            && !r.get("status").asText().equals("RUNNING")) {
          nightly = r;
        }
      }
    }
    assertThat(nightly).as(worker.err()).isNotNull();
    assertThat(nightly.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(nightly.get("success_rate").asDouble()).isEqualTo(1.0);
    // 183 representatives in the file, fewer distinct people after name normalisation
    assertThat(nightly.get("items_ok").asInt()).isBetween(150, 183);
    // jobs lists runs: the per-politician outcome rows stay out of the default view
    List<String> kinds = new ArrayList<>();
    mapper.readTree(run(root, "jobs", "--json").out())
        .forEach(r -> kinds.add(r.get("kind").asText()));
    assertThat(kinds).doesNotContain("discovery.nightly.politician");
    JsonNode perPolitician = mapper.readTree(run(root, "jobs", "--kind",
        "discovery.nightly.politician", "--limit", "1000", "--json").out());
    assertThat(perPolitician.size()).isEqualTo(nightly.get("items_ok").asInt());

    assertThat(hooks).hasSize(1);
    hooks.get(0).run();
    assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
    assertThat(worker.err()).contains("worker cli-test running: 2 threads, nightly '0 0 2 * * *'"
        + " in UTC").contains("nightly run of 2026-11-22 scheduled now")
        .contains("worker cli-test stopped");
  }

  @Test
  void worker_refusesBadOptions_withExitCode2() {
    CommandGroup root = rootWith(new WorkerCommand(hook -> { }));
    TestCommands.Captured threads = run(root, "worker", "--threads", "0");
    assertThat(threads.exitCode).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be in 1..64 but was 0");
    TestCommands.Captured zone = run(root, "worker", "--zone", "Mars/Olympus");
    assertThat(zone.exitCode).isEqualTo(2);
    assertThat(zone.err()).contains("unknown time zone 'Mars/Olympus'");
    TestCommands.Captured cron = run(root, "worker", "--schedule-nightly", "at two");
    assertThat(cron.exitCode).isEqualTo(2);
    assertThat(cron.err()).contains("'at two' does not parse");
  }
}
