package dev.quantsdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.model.discovery.PatternDiscovery;
import dev.quantsdk.model.discovery.Politician;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON columns work without any JSON library on the class path. The pom runs this class a second
 * time with jackson-databind removed from the test class path (execution {@code without-jackson},
 * system property {@code quant.test.withoutJackson}); Hibernate alone would then refuse to map JSON
 * columns. The expected document is compared by the database itself ({@code jsonb} equality on
 * PostgreSQL, normalised {@code JSON} equality on H2), not by a parser of ours.
 */
class JsonColumnsWithoutJacksonTest {

  private static final String DOCUMENT = "{\"period_days\": 91.3, \"harmonics\": [1, 2], \"note\": \"a \\\"q\\\"\"}";

  @TempDir
  Path directory;

  @Test
  void jacksonIsAbsent_inTheWithoutJacksonExecution() {
    if (Boolean.getBoolean("quant.test.withoutJackson")) {
      assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void jsonText_roundTrips_onH2() throws Exception {
    roundTrip(new H2TestDatabase(directory), "CAST(? AS VARCHAR) FORMAT JSON");
  }

  @Test
  void jsonText_roundTrips_onPostgres() throws Exception {
    roundTrip(new PostgresTestDatabase(), "CAST(? AS jsonb)");
  }

  private static void roundTrip(TestDatabase vendor, String jsonParameter) throws Exception {
    try (QuantDatabase db = QuantDatabase.open(vendor.newDatabase())) {
      Politician foxx = Fixtures.foxx();
      PatternDiscovery pattern = new PatternDiscovery(foxx, "fourier_cycle", 0.5, 0.5, DOCUMENT,
          LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), Fixtures.T0);
      Fixtures.inTransaction(db.entityManagerFactory(), em -> {
        em.persist(foxx);
        em.persist(pattern);
      });
      var em = db.entityManagerFactory().createEntityManager();
      String readBack;
      try {
        readBack = em.find(PatternDiscovery.class, pattern.getId()).getParametersJson();
      } finally {
        em.close();
      }
      try (Connection c = db.dataSource().getConnection();
          PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pattern_discoveries WHERE "
              + vendor.isJsonObject("parameters") + " AND parameters = " + jsonParameter
              + " AND parameters = " + jsonParameter)) {
        s.setString(1, DOCUMENT);
        s.setString(2, readBack);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          assertThat(rs.getLong(1)).isOne();
        }
      }
    }
  }
}
