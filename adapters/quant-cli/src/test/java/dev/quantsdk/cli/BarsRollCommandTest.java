package dev.quantsdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs {@code quant bars roll} on the bundled CHRIS ES1 and ES2 series. */
class BarsRollCommandTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @TempDir
  Path workingDirectory;

  private static String dataFile(String relative) {
    return Path.of(System.getProperty("quant.data.dir")).resolve(relative).toString();
  }

  private TestCommands.Captured run(String... args) {
    TestCommands.Captured captured = new TestCommands.Captured(workingDirectory, Map.of(), false);
    captured.exitCode = QuantCli.run(List.of(args), captured.context);
    return captured;
  }

  private JsonNode rollsOf(String rule, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("bars", "roll", "--front",
        dataFile("futures/ES1_front_month_daily.csv"), "--next", dataFile("futures/ES2_second_month_daily.csv"),
        "--rule", rule, "--json"));
    args.addAll(List.of(extra));
    TestCommands.Captured result = run(args.toArray(String[]::new));
    assertThat(result.exitCode).as(result.err()).isZero();
    assertThat(result.out().lines()).hasSize(1);
    return mapper.readTree(result.out());
  }

  private static JsonNode rollFrom(JsonNode json, String contract) {
    for (JsonNode roll : json.get("rolls")) {
      if (roll.get("from").asText().equals(contract)) {
        return roll;
      }
    }
    throw new AssertionError("no roll from " + contract + " in " + json);
  }

  /**
   * Known facts of the CHRIS files (read off the rows): volume ES1 1,716,865 vs ES2 510,919 on
   * 2019-09-12 and 1,239,877 vs 1,306,243 on 2019-09-13 (the first day the next contract trades
   * more); "Previous Day Open Interest" 1,906,917 vs 932,866 on 2019-09-16 and 1,380,580 vs
   * 1,520,061 on 2019-09-17. ESU2019 expires on Friday 2019-09-20; 6 business days before it is
   * Thursday 2019-09-12.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"volume, 2019-09-13", "oi, 2019-09-17", "calendar, 2019-09-12"})
  void roll_es1Es2_rollsSeptember2019OnTheKnownDate(String rule, String date) throws IOException {
    JsonNode json = rollsOf(rule);

    assertThat(json.get("symbol").asText()).isEqualTo("ES");
    assertThat(json.get("rule").asText()).isEqualTo(rule);
    JsonNode september = rollFrom(json, "ESU2019");
    assertThat(september.get("date").asText()).isEqualTo(date);
    assertThat(september.get("to").asText()).isEqualTo("ESZ2019");
    assertThat(september.get("forced").asBoolean()).isFalse();
  }

  @Test
  void roll_volume_givesOneRollPerQuarterInDateOrder() throws IOException {
    JsonNode json = rollsOf("volume");

    List<String> dates = new ArrayList<>();
    json.get("rolls").forEach(r -> dates.add(r.get("date").asText()));
    // ES1 covers the contracts from ESU1997 (expiry 1997-09-19) to ESU2019: 22 years x 4 + 1
    assertThat(dates).hasSize(89).isSorted();
    assertThat(rollFrom(json, "ESZ2013").get("date").asText()).isEqualTo("2013-12-13");
    assertThat(rollFrom(json, "ESU2019").get("from_price").asDouble()).isEqualTo(3007.0);
    assertThat(rollFrom(json, "ESU2019").get("to_price").asDouble()).isEqualTo(3009.5);
  }

  @Test
  void roll_calendarWithDays_movesTheDate() throws IOException {
    assertThat(rollFrom(rollsOf("calendar", "--days", "5"), "ESU2019").get("date").asText()).isEqualTo("2019-09-13");
  }

  @Test
  void roll_withoutRule_exits2_andUnknownRule_exits2() {
    TestCommands.Captured missing = run("bars", "roll", "--front", "a.csv", "--next", "b.csv");
    TestCommands.Captured unknown = run("bars", "roll", "--front", "a.csv", "--next", "b.csv", "--rule", "price");

    assertThat(missing.exitCode).isEqualTo(2);
    assertThat(missing.err()).contains("missing --rule");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err()).contains("--rule must be volume, oi or calendar but was 'price'");
  }

  @Test
  void roll_humanOutput_listsOneLinePerRoll() {
    TestCommands.Captured result = run("bars", "roll", "--front", dataFile("futures/ES1_front_month_daily.csv"),
        "--next", dataFile("futures/ES2_second_month_daily.csv"), "--rule", "volume");

    assertThat(result.exitCode).as(result.err()).isZero();
    assertThat(result.out()).contains("2019-09-13  ESU2019 -> ESZ2019  3007.0 -> 3009.5");
  }
}
