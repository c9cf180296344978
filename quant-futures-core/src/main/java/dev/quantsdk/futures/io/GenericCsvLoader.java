package dev.quantsdk.futures.io;

import dev.quantsdk.futures.bar.BarSeries;
import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.model.ArgChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads any delimited OHLCV file described by a {@link CsvColumnMapping}.
 *
 * <p>Hand-written byte-level parser: no {@code String.split}, no string per field, decimals
 * parsed exactly (the doubles equal {@link Double#parseDouble}'s). Validation rows are the
 * 1-based data rows after the mapping's header lines. Stateless and thread-safe.
 */
public final class GenericCsvLoader {

  private GenericCsvLoader() {
  }

  /**
   * Parses a stream (not closed by this method).
   *
   * @param in the file's bytes, ASCII or UTF-8
   * @param mapping which column holds which field
   * @param policy what to do with invalid bars
   * @return the series and its validation report
   * @throws IllegalArgumentException if a mapped cell is not a number or a date
   * @throws dev.quantsdk.futures.bar.BarValidationException under STRICT if a bar is invalid
   * @throws UncheckedIOException if reading fails
   */
  public static ValidatedBars parse(InputStream in, CsvColumnMapping mapping, ValidationPolicy policy) {
    ArgChecker.notNull(in, "in");
    ArgChecker.notNull(policy, "policy");
    BarSeries.Builder builder = BarSeries.builder(mapping.timeBase(), CsvBarParser.expectedRows(in));
    new CsvBarParser(mapping).parse(in, builder::addRow);
    return builder.build(policy);
  }

  /**
   * Loads a file; delegates to {@link #parse(InputStream, CsvColumnMapping, ValidationPolicy)}.
   *
   * @param file the file
   * @param mapping which column holds which field
   * @param policy what to do with invalid bars
   * @return the series and its validation report
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ValidatedBars load(Path file, CsvColumnMapping mapping, ValidationPolicy policy) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, mapping, policy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
