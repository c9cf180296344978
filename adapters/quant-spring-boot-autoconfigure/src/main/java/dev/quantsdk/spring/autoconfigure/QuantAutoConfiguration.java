package dev.quantsdk.spring.autoconfigure;

import dev.quantsdk.orchestration.futures.BarSource;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.rest.QuantApi;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the Quant SDK in a Spring Boot 3.5 or 4.1 host, after the host's
 * {@link DataSource} (Boot's {@code DataSourceAutoConfiguration} is named by both of its class
 * names: its package moved in Boot 4). Every bean backs off when the host defines its own:
 *
 * <ul>
 *   <li>{@link QuantSchemaMigration} {@code quantSchemaMigration}: migrates the Quant schema when
 *       {@code quant.migrate} is true (the default) and quant-persistence is on the class path;
 *   <li>{@link QuantApi} {@code quantApi}: over the single {@link DataSource} candidate, with
 *       the host's {@link Clock} bean if it has exactly one (UTC system clock otherwise), the
 *       host's {@link FuturesStore} and {@link BarSource} beans if it has them (the futures
 *       backtest and analysis routes answer 503 without), {@code quant.api.api-key} and
 *       {@code quant.api.cors.allowed-origins}; absent with {@code quant.api.enabled=false};
 * </ul>
 *
 * <p>{@link QuantServletAutoConfiguration} serves the API in servlet web applications.
 *
 * <p>The API keeps its JSON inside quant-rest (Jackson 2) and never uses the host's
 * {@code ObjectMapper} or Spring MVC, so Boot 4's Jackson 3 default changes nothing.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(QuantProperties.class)
public class QuantAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public QuantAutoConfiguration() {
  }

  /**
   * The API over the host's data source, created after the schema migration when one runs.
   *
   * @param dataSource the host's data source
   * @param properties the properties
   * @param clocks the host's clock, if it defines one
   * @param futuresStores the host's store of backtest runs and analyses, if it defines one
   * @param barSources the host's source of instrument bars, if it defines one
   * @param migration the migration, if enabled
   * @return the API
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(DataSource.class)
  @ConditionalOnProperty(prefix = "quant.api", name = "enabled", havingValue = "true",
      matchIfMissing = true)
  public QuantApi quantApi(DataSource dataSource, QuantProperties properties,
      ObjectProvider<Clock> clocks, ObjectProvider<FuturesStore> futuresStores,
      ObjectProvider<BarSource> barSources, ObjectProvider<QuantSchemaMigration> migration) {
    // resolving the migration first orders the schema before the API's first query
    migration.ifAvailable(m -> { });
    QuantApi.Builder api = QuantApi.builder(dataSource)
        .clock(clocks.getIfUnique(Clock::systemUTC)).settings(properties.api().settings());
    futuresStores.ifUnique(api::futuresStore);
    barSources.ifUnique(api::barSource);
    return api.build();
  }

  /** The schema migration, when quant-persistence (Flyway) is present and enabled. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.quantsdk.persistence.QuantDatabase")
  @ConditionalOnProperty(prefix = "quant", name = "migrate", havingValue = "true",
      matchIfMissing = true)
  static class MigrationConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DataSource.class)
    QuantSchemaMigration quantSchemaMigration(DataSource dataSource) {
      return QuantSchemaMigration.run(dataSource);
    }
  }
}
