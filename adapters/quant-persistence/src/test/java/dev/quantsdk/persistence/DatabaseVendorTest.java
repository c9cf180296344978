package dev.quantsdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseVendorTest {

  @ParameterizedTest
  @CsvSource({
      "H2, H2, classpath:db/migration/quant/h2",
      "PostgreSQL, POSTGRESQL, classpath:db/migration/quant/postgresql"})
  void fromProductName_picksTheMigrationFolder(String productName, DatabaseVendor vendor, String location) {
    assertThat(DatabaseVendor.fromProductName(productName)).isEqualTo(vendor);
    assertThat(vendor.migrationLocation()).isEqualTo(location);
  }

  @Test
  void fromProductName_refusesOtherDatabases_withAClearMessage() {
    assertThatThrownBy(() -> DatabaseVendor.fromProductName("MySQL"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MySQL")
        .hasMessageContaining("only H2 and PostgreSQL");
  }
}
