package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.instrument.FuturesCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The bundled real files (via {@code quant.data.dir}) and an independent close reader. */
final class SampleData {

  static final Path ES1 = data("futures", "ES1_front_month_daily.csv");
  static final Path ES2 = data("futures", "ES2_second_month_daily.csv");
  static final Path GSPC = data("stocks", "GSPC_1927_2023.csv");
  /** Rows of the ES1 file (wc -l minus the header). */
  static final int ES1_ROWS = 5650;

  private SampleData() {
  }

  static Path data(String folder, String file) {
    return Path.of(System.getProperty("quant.data.dir"), folder, file);
  }

  /** ES1 and ES2 (CHRIS, ES product) and GSPC (Yahoo), default REPAIR policy. */
  static FileBarSource source() {
    return FileBarSource.builder()
        .chris("ES1", ES1, FuturesCatalogue.ES)
        .chris("ES2", ES2, FuturesCatalogue.ES)
        .yahoo("GSPC", GSPC)
        .build();
  }

  /**
   * Date → close straight from a CSV with a header, by plain string splitting: the column named
   * Close or Last, else Settle when that cell is blank. Independent of the SDK's loaders.
   */
  static NavigableMap<LocalDate, Double> closes(Path csv) {
    try {
      List<String> lines = Files.readAllLines(csv);
      List<String> header = List.of(lines.get(0).split(",", -1));
      int close = header.contains("Close") ? header.indexOf("Close") : header.indexOf("Last");
      int settle = header.indexOf("Settle");
      NavigableMap<LocalDate, Double> out = new TreeMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",", -1);
        String c = f[close].isEmpty() && settle >= 0 ? f[settle] : f[close];
        out.put(LocalDate.parse(f[0]), Double.parseDouble(c));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
