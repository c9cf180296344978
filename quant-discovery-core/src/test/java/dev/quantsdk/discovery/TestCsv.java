package dev.quantsdk.discovery;

import java.util.ArrayList;
import java.util.List;

/** Test helper: splits one line of the bundled CSV files. */
public final class TestCsv {

  private TestCsv() {
  }

  /**
   * Splits one CSV line, honouring double quotes (the bundled files have no escaped quotes).
   *
   * @param line the line
   * @return the cells
   */
  public static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
