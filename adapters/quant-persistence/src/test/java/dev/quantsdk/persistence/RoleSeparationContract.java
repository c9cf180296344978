package dev.quantsdk.persistence;

import static dev.quantsdk.persistence.Fixtures.T0;
import static dev.quantsdk.persistence.Fixtures.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.model.discovery.JobRun;
import dev.quantsdk.model.discovery.ModelExperiment;
import dev.quantsdk.model.discovery.NetworkDiscovery;
import dev.quantsdk.model.discovery.PatternDiscovery;
import dev.quantsdk.model.discovery.Politician;
import dev.quantsdk.model.discovery.Trade;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The group roles created by the migrations, exercised through login users the way an operator
 * would set them up (docs/schema.md): one migrated database per class, a login user in
 * {@code quant_app} and one in {@code quant_discovery}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RoleSeparationContract {

  private TestDatabase vendor;
  private QuantDatabase admin;
  private DatabaseConfig appUser;
  private DatabaseConfig discoveryUser;
  private Politician foxx;
  private Trade trade;

  protected abstract TestDatabase testDatabase();

  @BeforeAll
  void migrateAndCreateLoginUsers() {
    vendor = testDatabase();
    DatabaseConfig adminConfig = vendor.newDatabase();
    admin = QuantDatabase.open(adminConfig);
    appUser = vendor.loginUser(adminConfig, "quant_app");
    discoveryUser = vendor.loginUser(adminConfig, "quant_discovery");
    foxx = Fixtures.foxx();
    trade = Fixtures.purchase(foxx, "NVDA", LocalDate.of(2021, 6, 1), "nk-nvda");
    inTransaction(admin.entityManagerFactory(), em -> {
      em.persist(foxx);
      em.persist(trade);
    });
  }

  @AfterAll
  void closeAdmin() {
    admin.close();
  }

  private void assertRefused(ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(SQLException.class,
        e -> assertThat(e.getSQLState()).isEqualTo(vendor.refusalSqlState()));
  }

  private static int execute(DatabaseConfig as, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(as.jdbcUrl(), as.user(), as.password());
        Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    }
  }

  private static long count(DatabaseConfig as, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(as.jdbcUrl(), as.user(), as.password());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String insertPolitician(String name) {
    return "INSERT INTO politicians (id, full_name, chamber, natural_key) VALUES ('"
        + java.util.UUID.randomUUID() + "', '" + name + "', 'SENATE', 'SENATE|" + name + "')";
  }

  @Test
  void discoveryRole_cannotInsertPoliticians() {
    assertRefused(() -> execute(discoveryUser, insertPolitician("refused")));
  }

  @Test
  void discoveryRole_cannotUpdateTrades() {
    assertRefused(() -> execute(discoveryUser, "UPDATE trades SET ticker = 'XXX'"));
  }

  @Test
  void discoveryRole_cannotCreateTables() {
    assertRefused(() -> execute(discoveryUser, "CREATE TABLE sneaky (id INTEGER)"));
  }

  @Test
  void discoveryRole_readsHostTables() throws SQLException {
    assertThat(count(discoveryUser, "trades")).isPositive();
    assertThat(count(discoveryUser, "politicians")).isPositive();
  }

  @Test
  void discoveryRole_writesEveryDiscoveryTable() {
    try (QuantDatabase worker = QuantDatabase.connect(discoveryUser)) {
      DiscoveryRepository repository = DiscoveryRepository.of(worker);
      Politician p = worker.entityManagerFactory().createEntityManager().find(Politician.class, foxx.getId());
      JobRun run = new JobRun("discovery.roles", T0);
      inTransaction(worker.entityManagerFactory(), em -> {
        em.persist(run);
        em.persist(new ModelExperiment("ridge", "{\"lambda\": 1}", "{\"r2\": 0.1}", false, T0));
        em.persist(new NetworkDiscovery("leiden", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), 0, 0,
            "[]", "[]", T0));
      });
      PatternDiscovery pattern = new PatternDiscovery(p, "fourier_cycle", 0.7, 0.8, "{}",
          LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), T0);
      pattern.setRunId(run.getId());
      assertThat(repository.saveDiscoveries(List.of(pattern))).isOne();
      AnomalyDetection anomaly = new AnomalyDetection(p, null, "roles_test", 0.9, "{}", LocalDate.of(2021, 1, 1),
          LocalDate.of(2021, 12, 31), T0);
      assertThat(repository.saveAnomalies(List.of(anomaly))).isOne();
      inTransaction(worker.entityManagerFactory(),
          em -> em.find(JobRun.class, run.getId()).finish(T0.plusSeconds(5), 1, 0, null));
    }
  }

  @Test
  void bothRoles_useTheSchedulerTable() throws SQLException {
    for (DatabaseConfig user : List.of(appUser, discoveryUser)) {
      String task = "'job-" + user.user() + "'";
      assertThat(execute(user, "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, "
          + "version) VALUES (" + task + ", 'recurring', CURRENT_TIMESTAMP, FALSE, 1)")).isOne();
      assertThat(execute(user, "UPDATE scheduled_tasks SET picked = TRUE WHERE task_name = " + task)).isOne();
      assertThat(execute(user, "DELETE FROM scheduled_tasks WHERE task_name = " + task)).isOne();
    }
  }

  @Test
  void appRole_writesHostTables_andMarksAnomaliesInvestigated() throws SQLException {
    assertThat(execute(appUser, insertPolitician("allowed"))).isOne();
    AnomalyDetection anomaly = new AnomalyDetection(foxx, trade, "app_marks", 0.8, "{}",
        LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 1), T0);
    DiscoveryRepository.of(admin).saveAnomalies(List.of(anomaly));
    try (QuantDatabase app = QuantDatabase.connect(appUser)) {
      DiscoveryRepository repository = DiscoveryRepository.of(app);
      assertThat(repository.markInvestigated(anomaly.getId(), "compliance", T0.plusSeconds(60))).isTrue();
      assertThat(repository.criticalAnomalies(0.0, 10)).extracting(AnomalySummary::id)
          .doesNotContain(anomaly.getId());
    }
  }

  @Test
  void appRole_cannotWriteDiscoveries() {
    assertRefused(() -> execute(appUser, "DELETE FROM pattern_discoveries"));
    assertRefused(() -> execute(appUser, "INSERT INTO model_experiments (id, model_name, parameters, metrics, "
        + "experiment_date) VALUES ('" + java.util.UUID.randomUUID() + "', 'm', '{}', '{}', CURRENT_TIMESTAMP)"));
  }

  @Test
  void appRole_cannotRescoreAnomalies_whereColumnGrantsExist() {
    assumeTrue(vendor.hasColumnGrants(), "H2 has no column-level grants: quant_app gets UPDATE on the table");
    assertRefused(() -> execute(appUser, "UPDATE anomaly_detections SET severity = 0"));
  }
}
