package dev.quantsdk.futures.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixture: paths of the bundled real data (system property quant.data.dir). */
final class SampleFiles {

  private SampleFiles() {
  }

  static Path data(String relative) {
    Path p = Path.of(System.getProperty("quant.data.dir"), relative);
    assertThat(p).exists();
    return p;
  }

  static Path es1() {
    return data("futures/ES1_front_month_daily.csv");
  }

  static Path es2() {
    return data("futures/ES2_second_month_daily.csv");
  }

  static Path gspc() {
    return data("stocks/GSPC_1927_2023.csv");
  }

  /** The file's data lines split with String.split: the independent reference parse. */
  static List<String[]> cells(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double cell(String text) {
    return text.isBlank() ? Double.NaN : Double.parseDouble(text);
  }
}
