package dev.quantsdk.worker;

import dev.quantsdk.jdbc.discovery.JdbcDiscoveryStore;
import dev.quantsdk.jdbc.discovery.JdbcRunRecorder;
import dev.quantsdk.jdbc.discovery.JdbcTradeSource;
import dev.quantsdk.orchestration.discovery.DiscoveryService;
import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.persistence.QuantDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker process for {@code DiscoveryWorkerTest}: triggers a nightly run, then hangs in every
 * politician task it picks, prints {@code HUNG} and waits to be killed.
 *
 * <p>Arguments: JDBC URL, user, password, run date, worker name.
 */
final class KilledWorkerMain {

  private KilledWorkerMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    QuantDatabase db = QuantDatabase.connect(DatabaseConfig.of(args[0], args[1], args[2])
        .withMaxPoolSize(6));
    ProbeSource source = new ProbeSource(new JdbcTradeSource(db.dataSource()), args[4],
        new ConcurrentHashMap<String, Map<String, AtomicInteger>>(),
        Optional.empty(), Optional.of(new CountDownLatch(1)));
    DiscoveryService.Settings analysis = DiscoveryService.Settings.defaults();
    DiscoveryService service = new DiscoveryService(source,
        new JdbcDiscoveryStore(db.dataSource(), Clock.systemUTC()),
        new JdbcRunRecorder(db.dataSource()), Clock.systemUTC(), Runnable::run, analysis);
    WorkerSettings settings = WorkerSettings.defaults(args[4])
        .withHeartbeat(Duration.ofMillis(100), Duration.ofMillis(500), 4);
    DiscoveryWorker worker = new DiscoveryWorker(db.dataSource(), source, service,
        analysis.criticalSeverity(), settings, Clock.systemUTC(), List.of(), b -> { });
    worker.start();
    worker.trigger(LocalDate.parse(args[3]));
    source.entered.await();
    System.out.println("HUNG");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
