package dev.quantsdk.importers;

import dev.quantsdk.importers.internal.FormatDetector;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Streams the raw rows of one disclosure file, one {@link RawDisclosure} at a time, without
 * holding the file in memory (a Senate filing object is buffered until its end).
 *
 * <p>The format is detected from content: CSV with a header, a JSON array of flat rows (House
 * names a {@code representative}, Senate {@code all_transactions.json} a {@code senator}), or a JSON
 * array of per-filing objects holding {@code transactions}. Column and key names map through the
 * aliases of the known scrapes ({@code ptr_link}/{@code source_url}, {@code date_recieved}, ...).
 *
 * <p>Mutable and not thread-safe. {@link #next()} throws {@link UncheckedIOException} when reading
 * fails and {@link IllegalArgumentException} when the file stops being valid JSON; a row that is
 * readable but malformed (wrong field count, an element that is not an object) is returned with a
 * {@link RawDisclosure#defect()} instead, so it is rejected and counted, never dropped.
 */
public interface DisclosureReader extends Iterator<RawDisclosure>, Closeable {

  /**
   * The detected format.
   *
   * @return the format
   */
  DisclosureFormat format();

  /**
   * The number of per-filing objects read so far ({@link DisclosureFormat#SENATE_FILINGS_JSON});
   * always 0 for flat formats.
   *
   * @return the filing count
   */
  long filingsRead();

  /**
   * Closes the underlying reader.
   *
   * @throws UncheckedIOException if closing fails
   */
  @Override
  void close();

  /**
   * Opens a reader over text, detecting its format. The reader is closed by {@link #close()}.
   *
   * @param text the file content
   * @param name the file name, used in messages
   * @return the disclosure reader
   * @throws IllegalArgumentException if the content is empty or of no known format (the message
   *     says what was found)
   * @throws UncheckedIOException if reading fails
   */
  static DisclosureReader open(Reader text, String name) {
    BufferedReader buffered = text instanceof BufferedReader b ? b : new BufferedReader(text, 1 << 16);
    return FormatDetector.open(buffered, name);
  }

  /**
   * Opens a reader over UTF-8 bytes, detecting the format.
   *
   * @param bytes the file content in UTF-8 (malformed UTF-8 makes reading fail with an
   *     {@link UncheckedIOException} naming the line, never silently replaced)
   * @param name the file name, used in messages
   * @return the disclosure reader
   * @throws IllegalArgumentException if the content is empty or of no known format
   * @throws UncheckedIOException if reading fails
   */
  static DisclosureReader open(InputStream bytes, String name) {
    // a decoder that reports malformed input, as Files.newBufferedReader does, instead of
    // silently replacing it
    return open(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()), name);
  }

  /**
   * Opens a UTF-8 file, detecting the format.
   *
   * @param file the file
   * @return the disclosure reader
   * @throws IllegalArgumentException if the file is empty or of no known format
   * @throws UncheckedIOException if the file cannot be read
   */
  static DisclosureReader open(Path file) {
    try {
      return open(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
