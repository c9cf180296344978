package dev.quantsdk.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quantsdk.orchestration.futures.FuturesStore;
import dev.quantsdk.orchestration.futures.InMemoryFuturesStore;
import dev.quantsdk.rest.QuantApi;
import dev.quantsdk.rest.RestRequest;
import dev.quantsdk.rest.RestResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Clock;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The auto-configuration's beans and conditions with {@code ApplicationContextRunner}: written
 * once, run on Spring Boot 3.5 (this module) and 4.1 (quant-spring-boot-boot4-tests, against this
 * module's jar as compiled for 3.5). Each context gets its own in-memory H2 database, connected
 * through Boot's own {@code DataSourceAutoConfiguration} from {@code spring.datasource.url}.
 */
abstract class QuantAutoConfigurationContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The Boot release line the test class runs on, such as {@code "3.5."}. */
  abstract String expectedBootLine();

  private static AutoConfigurations autoConfigurations(boolean withDataSource) {
    return withDataSource
        ? AutoConfigurations.of(dataSourceAutoConfiguration(), QuantAutoConfiguration.class,
            QuantServletAutoConfiguration.class)
        : AutoConfigurations.of(QuantAutoConfiguration.class, QuantServletAutoConfiguration.class);
  }

  /** Boot's DataSourceAutoConfiguration, whose package moved in Boot 4. */
  static Class<?> dataSourceAutoConfiguration() {
    for (String name : new String[] {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"}) {
      try {
        return Class.forName(name);
      } catch (ClassNotFoundException e) {
        // try the other line's name
      }
    }
    throw new IllegalStateException("no DataSourceAutoConfiguration on the class path");
  }

  private static String freshDatabase() {
    return "spring.datasource.url=jdbc:h2:mem:quant_ctx_" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1";
  }

  private static ApplicationContextRunner plain() {
    return new ApplicationContextRunner().withConfiguration(autoConfigurations(true))
        .withPropertyValues(freshDatabase());
  }

  private static WebApplicationContextRunner web() {
    return new WebApplicationContextRunner().withConfiguration(autoConfigurations(true))
        .withPropertyValues(freshDatabase());
  }

  @Test
  void bootVersion_isTheLineThisModuleTests() {
    assertThat(SpringBootVersion.getVersion()).startsWith(expectedBootLine());
  }

  @Test
  void configurationMetadata_isGenerated_besideTheClasses() throws IOException {
    // the metadata the configuration processor wrote into this artifact (the jar on Boot 4.1),
    // found next to QuantProperties' own code source
    String codeSource = QuantProperties.class.getProtectionDomain().getCodeSource().getLocation()
        .toString();
    URL metadata = null;
    Enumeration<URL> all = QuantProperties.class.getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json");
    while (all.hasMoreElements()) {
      URL u = all.nextElement();
      if (u.toString().contains(codeSource)) {
        metadata = u;
      }
    }
    assertThat(metadata).as("metadata in %s", codeSource).isNotNull();
    JsonNode json;
    try (InputStream in = metadata.openStream()) {
      json = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> properties = new TreeMap<>();
    json.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
    assertThat(properties).containsOnlyKeys("quant.migrate", "quant.api.enabled",
        "quant.api.api-key", "quant.api.max-body-size", "quant.api.cors.allowed-origins");
    assertThat(properties.get("quant.migrate").get("defaultValue").asBoolean()).isTrue();
    assertThat(properties.get("quant.api.enabled").get("defaultValue").asBoolean()).isTrue();
    assertThat(properties.get("quant.api.api-key").get("defaultValue").asText()).isEmpty();
    assertThat(properties.get("quant.api.max-body-size").get("defaultValue").asText())
        .isEqualTo("64KB");
    properties.values().forEach(p -> assertThat(p.get("description").asText())
        .as(p.get("name").asText()).isNotBlank().doesNotContain("{@"));
  }

  @Test
  void withDataSource_migratesTheSchema_andServesTheApi() {
    // every H2 migration shipped in quant-shared-model, counted from the class path by Spring's
    // resolver, not by Flyway
    int shipped;
    try {
      shipped = new PathMatchingResourcePatternResolver()
          .getResources("classpath*:db/migration/quant/h2/V*.sql").length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(shipped).isGreaterThanOrEqualTo(8);
    plain().run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(QuantApi.class)
          .hasSingleBean(QuantSchemaMigration.class);
      QuantSchemaMigration migration = context.getBean(QuantSchemaMigration.class);
      assertThat(migration.vendor()).isEqualTo("H2");
      assertThat(migration.applied()).isEqualTo(shipped);
      assertThat(tableCount(context.getBean(DataSource.class), "PATTERN_DISCOVERIES")).isOne();
      RestResponse recent = context.getBean(QuantApi.class)
          .handle(RestRequest.of("GET", "/api/v1/discoveries/recent"));
      assertThat(recent.status()).isEqualTo(200);
      assertThat(recent.bodyText()).isEqualTo("{\"items\":[],\"next\":null}");
      assertThat(context.getBean(QuantApi.class).apiKeyRequired()).isFalse();
    });
  }

  @Test
  void nonWebApplication_hasTheApiButNoServlet() {
    plain().run(context -> assertThat(context).hasNotFailed().hasSingleBean(QuantApi.class)
        .doesNotHaveBean(QuantApiServlet.class).doesNotHaveBean(ServletRegistrationBean.class));
  }

  @Test
  void servletWebApplication_registersTheServletAtTheApiPaths() {
    web().run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(QuantApiServlet.class);
      ServletRegistrationBean<?> registration = context.getBean("quantApiServletRegistration",
          ServletRegistrationBean.class);
      assertThat(registration.getServlet()).isSameAs(context.getBean(QuantApiServlet.class));
      assertThat(registration.getUrlMappings())
          .containsExactlyInAnyOrder("/api/v1/*", "/openapi.json");
      assertThat(context.getBean(QuantApiServlet.class).maxBodyBytes()).isEqualTo(64 * 1024);
    });
  }

  @Test
  void withoutDataSource_noQuantBeans() {
    new WebApplicationContextRunner().withConfiguration(autoConfigurations(false))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(QuantApi.class)
            .doesNotHaveBean(QuantSchemaMigration.class).doesNotHaveBean(QuantApiServlet.class));
  }

  @Test
  void twoDataSources_noApi_theHostChooses() {
    new ApplicationContextRunner().withConfiguration(autoConfigurations(false))
        .withUserConfiguration(TwoDataSources.class)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(QuantApi.class)
            .doesNotHaveBean(QuantSchemaMigration.class));
  }

  @Test
  void userBeans_win() {
    web().withUserConfiguration(HostBeans.class).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(QuantApi.class)
          .hasSingleBean(QuantSchemaMigration.class).hasSingleBean(QuantApiServlet.class);
      assertThat(context.getBean(QuantApi.class)).isSameAs(context.getBean("hostApi"));
      assertThat(context.getBean(QuantSchemaMigration.class))
          .isSameAs(context.getBean("hostMigration"));
      assertThat(context.getBean(QuantApiServlet.class)).isSameAs(context.getBean("hostServlet"));
      // the host's servlet is the one registered at the API's paths
      assertThat(context.getBean("quantApiServletRegistration", ServletRegistrationBean.class)
          .getServlet()).isSameAs(context.getBean("hostServlet"));
      assertThat(context.getBean(QuantApi.class).apiKeyRequired()).isTrue();
    });
  }

  @Test
  void apiDisabled_noApiNoServlet_butTheSchemaIsStillMigrated() {
    web().withPropertyValues("quant.api.enabled=false").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(QuantApi.class)
          .doesNotHaveBean(QuantApiServlet.class).hasSingleBean(QuantSchemaMigration.class);
      assertThat(tableCount(context.getBean(DataSource.class), "ANOMALY_DETECTIONS")).isOne();
    });
  }

  @Test
  void migrateFalse_leavesTheSchemaAlone() {
    plain().withPropertyValues("quant.migrate=false").run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(QuantApi.class)
          .doesNotHaveBean(QuantSchemaMigration.class);
      assertThat(tableCount(context.getBean(DataSource.class), "PATTERN_DISCOVERIES")).isZero();
      // the API answers, with the database's refusal as the documented 500
      assertThat(context.getBean(QuantApi.class)
          .handle(RestRequest.of("GET", "/api/v1/discoveries/recent")).status()).isEqualTo(500);
    });
  }

  @Test
  void properties_areBound() {
    web().withPropertyValues("quant.migrate=false", "quant.api.api-key=s3cret-key",
        "quant.api.max-body-size=1KB").run(context -> {
          QuantProperties properties = context.getBean(QuantProperties.class);
          assertThat(properties.migrate()).isFalse();
          assertThat(properties.api().enabled()).isTrue();
          assertThat(properties.api().apiKey()).isEqualTo("s3cret-key");
          assertThat(properties.api().maxBodySize().toBytes()).isEqualTo(1024);
          assertThat(properties.api().toString()).doesNotContain("s3cret");
          assertThat(context.getBean(QuantApi.class).apiKeyRequired()).isTrue();
          assertThat(context.getBean(QuantApiServlet.class).maxBodyBytes()).isEqualTo(1024);
        });
  }

  @Test
  void corsOrigins_areBound_andAnsweredForAllowedOriginsOnly() {
    web().withPropertyValues("quant.migrate=false",
        "quant.api.cors.allowed-origins=https://dash.example.org,http://localhost:5173")
        .run(context -> {
          assertThat(context.getBean(QuantProperties.class).api().cors().allowedOrigins())
              .containsExactly("https://dash.example.org", "http://localhost:5173");
          QuantApiServlet servlet = context.getBean(QuantApiServlet.class);
          MockHttpServletRequest allowed = request("GET", "/openapi.json", null);
          allowed.addHeader("Origin", "http://localhost:5173");
          assertThat(call(servlet, allowed).getHeader("Access-Control-Allow-Origin"))
              .isEqualTo("http://localhost:5173");
          MockHttpServletRequest foreign = request("GET", "/openapi.json", null);
          foreign.addHeader("Origin", "https://elsewhere.example.com");
          assertThat(call(servlet, foreign).getHeader("Access-Control-Allow-Origin")).isNull();
        });
  }

  @Test
  void hostFuturesStore_isWiredIntoTheApi() {
    String run = "/api/v1/futurequant/backtests/00000000-0000-0000-0000-000000000001";
    // without a store the route is unavailable; with the host's (empty) store the run is unknown
    web().run(context -> assertThat(context.getBean(QuantApi.class)
        .handle(RestRequest.of("GET", run)).status()).isEqualTo(503));
    web().withUserConfiguration(HostFuturesStore.class).run(context -> assertThat(
        context.getBean(QuantApi.class).handle(RestRequest.of("GET", run)).status())
        .isEqualTo(404));
  }

  private static MockHttpServletRequest request(String method, String servletPath,
      String pathInfo) {
    MockHttpServletRequest request = new MockHttpServletRequest(method,
        servletPath + (pathInfo == null ? "" : pathInfo));
    request.setServletPath(servletPath);
    request.setPathInfo(pathInfo);
    return request;
  }

  private static MockHttpServletResponse call(QuantApiServlet servlet,
      MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    servlet.service(request, response);
    return response;
  }

  private static int tableCount(DataSource dataSource, String table) throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostBeans {
    @Bean
    QuantApi hostApi(DataSource dataSource) {
      return QuantApi.create(dataSource, Clock.systemUTC(),
          QuantApi.Settings.defaults().withApiKey("host-key"));
    }

    @Bean
    QuantSchemaMigration hostMigration() {
      return new QuantSchemaMigration("H2", 0);
    }

    @Bean
    QuantApiServlet hostServlet(QuantApi api) {
      return new QuantApiServlet(api, 512);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {
    @Bean
    DataSource first() {
      return new SimpleDriverDataSource(new org.h2.Driver(),
          "jdbc:h2:mem:quant_first");
    }

    @Bean
    DataSource second() {
      return new SimpleDriverDataSource(new org.h2.Driver(),
          "jdbc:h2:mem:quant_second");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostFuturesStore {
    @Bean
    FuturesStore hostFuturesStore() {
      return new InMemoryFuturesStore();
    }
  }
}
