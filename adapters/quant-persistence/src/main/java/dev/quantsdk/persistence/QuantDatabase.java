package dev.quantsdk.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quantsdk.persistence.internal.JsonTextFormatMapper;
import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.model.discovery.AnomalyDetection;
import dev.quantsdk.model.discovery.JobRun;
import dev.quantsdk.model.discovery.ModelExperiment;
import dev.quantsdk.model.discovery.NetworkDiscovery;
import dev.quantsdk.model.discovery.PatternDiscovery;
import dev.quantsdk.model.discovery.Politician;
import dev.quantsdk.model.discovery.Trade;
import dev.quantsdk.model.futures.BacktestRun;
import dev.quantsdk.model.futures.FuturesBar;
import dev.quantsdk.model.futures.FuturesContract;
import dev.quantsdk.model.futures.PaperAccount;
import dev.quantsdk.model.futures.PaperFill;
import dev.quantsdk.model.futures.PaperOrder;
import dev.quantsdk.model.futures.PaperPosition;
import dev.quantsdk.model.futures.TradingSignal;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of the persistence adapter: opens a database (an embedded H2 file or a
 * PostgreSQL server), migrates it with Flyway and hands out a pooled {@link DataSource} and an
 * {@link EntityManagerFactory}.
 *
 * <p>The schema belongs to the Flyway migrations shipped in quant-shared-model under
 * {@code db/migration/quant/h2} and {@code db/migration/quant/postgresql}; the folder is chosen
 * from the JDBC metadata, and the history lives in {@value #HISTORY_TABLE} so a host's own Flyway
 * history is untouched. Hibernate never generates DDL ({@code hbm2ddl = none}) and batches JDBC
 * writes ({@value #JDBC_BATCH_SIZE} statements).
 *
 * <p>Thread-safe: the data source and the entity manager factory are shared; open one instance per
 * database and {@linkplain #close() close} it when the application stops.
 */
public final class QuantDatabase implements AutoCloseable {

  /** The Flyway history table of Quant SDK's migrations. */
  public static final String HISTORY_TABLE = "quant_schema_history";

  /** The JDBC batch size Hibernate uses for inserts and updates. */
  public static final int JDBC_BATCH_SIZE = 500;

  private static final Logger LOG = LoggerFactory.getLogger(QuantDatabase.class);

  private static final List<Class<?>> ENTITY_CLASSES = List.of(
      Politician.class, Trade.class, JobRun.class, PatternDiscovery.class, AnomalyDetection.class,
      ModelExperiment.class, NetworkDiscovery.class,
      FuturesContract.class, FuturesBar.class, BacktestRun.class, PaperAccount.class, PaperOrder.class,
      PaperFill.class, PaperPosition.class, TradingSignal.class);

  private final HikariDataSource dataSource;
  private final DatabaseVendor vendor;
  private final SessionFactory sessionFactory;

  private QuantDatabase(HikariDataSource dataSource, DatabaseVendor vendor, SessionFactory sessionFactory) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.sessionFactory = sessionFactory;
  }

  /**
   * Opens a database: builds the connection pool, migrates the schema to the latest version and
   * bootstraps Hibernate.
   *
   * @param config where and how to connect
   * @return the open database; close it when done
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws IllegalStateException if the database cannot be reached or migrated (the pool is closed
   *     again)
   */
  public static QuantDatabase open(DatabaseConfig config) {
    return open(config, true);
  }

  /**
   * Connects to an already migrated database without migrating it: for login users of the
   * {@code quant_app} and {@code quant_discovery} roles, which have no DDL rights (Flyway could
   * not even read its history table as them). Run {@link #open} or {@link #migrate} once as the
   * schema owner first.
   *
   * @param config where and how to connect
   * @return the open database; close it when done
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws IllegalStateException if the database cannot be reached (the pool is closed again)
   */
  public static QuantDatabase connect(DatabaseConfig config) {
    return open(config, false);
  }

  private static QuantDatabase open(DatabaseConfig config, boolean migrate) {
    ArgChecker.notNull(config, "config");
    HikariDataSource pool = createPool(config);
    try {
      DatabaseVendor vendor = vendorOf(pool);
      if (migrate) {
        migrate(pool);
      }
      SessionFactory sessionFactory = buildSessionFactory(pool);
      LOG.info("opened Quant SDK database {} ({})", config.jdbcUrl(), vendor);
      return new QuantDatabase(pool, vendor, sessionFactory);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Migrates a database to the latest Quant SDK schema; usable on its own (for example on a host
   * application's data source). The migration folder is picked from the JDBC metadata; the history
   * goes to {@value #HISTORY_TABLE}. A schema that already holds other tables is baselined at
   * version 0, so the host's own tables are left alone.
   *
   * @param dataSource the data source, connecting as a user allowed to run DDL (and, on PostgreSQL,
   *     to create roles unless {@code quant_app} and {@code quant_discovery} exist already)
   * @return the number of migrations applied by this call (0 if the schema was up to date)
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws IllegalStateException if the database cannot be reached
   * @throws org.flywaydb.core.api.FlywayException if a migration fails
   */
  public static int migrate(DataSource dataSource) {
    ArgChecker.notNull(dataSource, "dataSource");
    DatabaseVendor vendor = vendorOf(dataSource);
    Flyway flyway = Flyway.configure(QuantDatabase.class.getClassLoader())
        .dataSource(dataSource)
        .locations(vendor.migrationLocation())
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .placeholderReplacement(false)
        .load();
    MigrateResult result = flyway.migrate();
    LOG.info("Quant SDK schema on {}: {} migration(s) applied, now at version {}", vendor,
        result.migrationsExecuted, result.targetSchemaVersion);
    return result.migrationsExecuted;
  }

  /**
   * The vendor of a data source, from {@link java.sql.DatabaseMetaData#getDatabaseProductName()}.
   *
   * @param dataSource the data source
   * @return the vendor
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws IllegalStateException if no connection can be obtained
   */
  public static DatabaseVendor vendorOf(DataSource dataSource) {
    ArgChecker.notNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      return DatabaseVendor.fromProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to the database: " + e.getMessage(), e);
    }
  }

  /**
   * The entity classes Quant SDK maps, for hosts that bootstrap their own JPA unit (for example a
   * Spring Boot application scanning {@code dev.quantsdk.model.discovery}).
   *
   * @return the classes, unmodifiable
   */
  public static List<Class<?>> entityClasses() {
    return ENTITY_CLASSES;
  }

  private static HikariDataSource createPool(DatabaseConfig config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    hikari.setMaximumPoolSize(config.maxPoolSize());
    hikari.setMinimumIdle(Math.min(1, config.maxPoolSize()));
    hikari.setPoolName("quant-sdk");
    try {
      return new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new IllegalStateException(String.format(Locale.ROOT, "cannot open %s as %s: %s",
          config.jdbcUrl(), config.user(), e.getMessage()), e);
    }
  }

  private static SessionFactory buildSessionFactory(DataSource dataSource) {
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
        .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
        .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, JDBC_BATCH_SIZE)
        .applySetting(AvailableSettings.ORDER_INSERTS, true)
        .applySetting(AvailableSettings.ORDER_UPDATES, true)
        // JSON columns are JSON text in the entities: no Jackson/JSON-B needed, same behaviour with either
        .applySetting(AvailableSettings.JSON_FORMAT_MAPPER, JsonTextFormatMapper.INSTANCE)
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      ENTITY_CLASSES.forEach(sources::addAnnotatedClass);
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }

  /**
   * The pooled data source, for plain JDBC (batch imports, the repositories' bulk writes).
   *
   * @return the data source, valid until {@link #close()}
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * The entity manager factory over the Quant SDK entities (Hibernate).
   *
   * @return the factory, valid until {@link #close()}
   */
  public EntityManagerFactory entityManagerFactory() {
    return sessionFactory;
  }

  /**
   * The database vendor.
   *
   * @return H2 or PostgreSQL
   */
  public DatabaseVendor vendor() {
    return vendor;
  }

  /**
   * Closes the entity manager factory and the connection pool. Idempotent.
   */
  @Override
  public void close() {
    try {
      if (sessionFactory.isOpen()) {
        sessionFactory.close();
      }
    } finally {
      dataSource.close();
    }
  }
}
