package dev.quantsdk.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quantsdk.model.Chamber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliticianIdentityTest {

  /** Spelling variants found in the bundled House and Senate files, and the key they share. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Hon. Virginia Foxx; virginia foxx",
      "Hon. James E Hon Banks; james e banks",
      "Hon. James E. Banks; james e banks",
      "Hon. Neal Patrick MD, FACS Dunn; neal patrick dunn",
      "Hon. Neal Patrick Dunn MD, FACS; neal patrick dunn",
      "Hon. Donald Sternoff Honorable Beyer; donald sternoff beyer",
      "Hon. Kim Dr Schrier; kim schrier",
      "None Deborah K. Ross; deborah k ross",
      "Mrs. Marjorie Taylor Greene; marjorie taylor greene",
      "Hon. Charles J. \"Chuck\" Fleischmann; charles j fleischmann",
      "Mr. TJ John (Tj) Cox; tj john cox",
      "Hon. Raúl M. Grijalva; raul m grijalva",
      "Hon. Tom O'Halleran; tom ohalleran",
      "SUSAN M COLLINS; susan m collins",
      "Angus S King, Jr.; angus s king",
      "Jerry Moran,  ; jerry moran",
  })
  void normaliseName_mergesSpellingVariants(String given, String expected) {
    assertThat(PoliticianIdentity.normaliseName(given)).isEqualTo(expected);
  }

  @Test
  void of_takesStateFromDistrict_andStripsLeadingTitleForDisplay() {
    PoliticianIdentity foxx = PoliticianIdentity.of(Chamber.HOUSE, "Hon. Virginia Foxx", "NC05", "");

    assertThat(foxx.naturalKey()).isEqualTo("HOUSE:virginia foxx");
    assertThat(foxx.fullName()).isEqualTo("Virginia Foxx");
    assertThat(foxx.state()).contains("NC");
    assertThat(foxx.district()).contains("NC05");
    assertThat(foxx.bioguideId()).isEmpty();
  }

  @Test
  void of_keepsBioguide_andSenateKeyDiffersFromHouseKey() {
    PoliticianIdentity collins = PoliticianIdentity.of(Chamber.SENATE, "Susan M Collins", "", "C001035");

    assertThat(collins.naturalKey()).isEqualTo("SENATE:susan m collins");
    assertThat(collins.bioguideId()).contains("C001035");
    assertThat(collins.state()).isEmpty();
  }

  @Test
  void of_rejectsNameWithoutName_andMalformedDistrict() {
    assertThatThrownBy(() -> PoliticianIdentity.of(Chamber.HOUSE, "Hon.", "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no name left");
    assertThatThrownBy(() -> PoliticianIdentity.of(Chamber.HOUSE, "Hon. A B", "North 5", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("district 'North 5'");
  }
}
