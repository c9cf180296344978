package dev.quantsdk.rest;

import dev.quantsdk.futures.instrument.FuturesCatalogue;
import dev.quantsdk.orchestration.futures.FileBarSource;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Test collaborators of the futures routes: the bundled CHRIS ES1 and ES2 files as a bar source
 * (repair policy, as the facade's default), and a data source that refuses every use (routes
 * that must not touch the database).
 */
public final class EsSources {

  /** The bundled futures directory. */
  public static final Path FUTURES = Path.of(System.getProperty("quant.data.dir"), "futures");

  private EsSources() {
  }

  /** ES1 (front month) and ES2 (second month), each traded as the ES product. */
  public static FileBarSource bars() {
    return FileBarSource.builder()
        .chris("ES1", FUTURES.resolve("ES1_front_month_daily.csv"), FuturesCatalogue.ES)
        .chris("ES2", FUTURES.resolve("ES2_second_month_daily.csv"), FuturesCatalogue.ES)
        .build();
  }

  /** A data source whose every use fails the test. */
  public static DataSource noDatabase() {
    return (DataSource) java.lang.reflect.Proxy.newProxyInstance(
        EsSources.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (p, m, a) -> {
          throw new AssertionError("this route must not query the database: " + m.getName());
        });
  }
}
