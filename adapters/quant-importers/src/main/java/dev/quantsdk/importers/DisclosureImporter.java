package dev.quantsdk.importers;

import dev.quantsdk.model.ArgChecker;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Imports House and Senate Stock Watcher disclosure files into the {@code politicians} and
 * {@code trades} tables.
 *
 * <p>The file is streamed: each row is read ({@link DisclosureReader}), validated
 * ({@link TradeNormalizer}) and written in batches ({@link JdbcTradeWriter}), one transaction per
 * batch. Every row ends as imported, duplicate or rejected ({@link ImportResult}). If the import
 * fails part-way, committed batches stay stored and running it again imports the rest, counting the
 * stored rows as duplicates; re-importing a complete file imports nothing new. Identical rows
 * within one file are all kept (see {@link NormalizedTrade}); memory grows by about 100 bytes per
 * row for their bookkeeping.
 *
 * <p>Immutable and thread-safe; each import uses its own connection. Imports of the same file must
 * not run concurrently.
 */
public final class DisclosureImporter {

  /** Rows per transaction unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 1_000;

  private final DataSource dataSource;
  private final Clock clock;
  private final int batchSize;

  /**
   * Creates an importer that commits every {@value #DEFAULT_BATCH_SIZE} rows.
   *
   * @param dataSource the database, migrated with the Quant schema
   * @param clock the clock giving the reference date (no disclosure may be later)
   */
  public DisclosureImporter(DataSource dataSource, Clock clock) {
    this(dataSource, clock, DEFAULT_BATCH_SIZE);
  }

  /**
   * Creates an importer.
   *
   * @param dataSource the database, migrated with the Quant schema
   * @param clock the clock giving the reference date (no disclosure may be later)
   * @param batchSize rows per transaction, {@code >= 1}
   * @throws IllegalArgumentException if the batch size is not positive
   */
  public DisclosureImporter(DataSource dataSource, Clock clock, int batchSize) {
    this.dataSource = ArgChecker.notNull(dataSource, "dataSource");
    this.clock = ArgChecker.notNull(clock, "clock");
    this.batchSize = ArgChecker.positive(batchSize, "batchSize");
  }

  /**
   * Imports a UTF-8 file.
   *
   * @param file the file
   * @param progress called with the number of rows done after each committed batch
   * @return the outcome of every row
   * @throws IllegalArgumentException if the file is empty or of no known format
   * @throws UncheckedIOException if the file cannot be opened
   * @throws ImportException if the import stops part-way (committed rows stay stored)
   */
  public ImportResult importFile(Path file, LongConsumer progress) {
    try (DisclosureReader reader = DisclosureReader.open(file)) {
      return importRows(reader, file.getFileName().toString(), progress);
    }
  }

  /**
   * Imports text.
   *
   * @param text the content
   * @param name the file name, used in the result and in messages
   * @param progress called with the number of rows done after each committed batch
   * @return the outcome of every row
   * @throws IllegalArgumentException if the content is empty or of no known format
   * @throws ImportException if the import stops part-way (committed rows stay stored)
   */
  public ImportResult importFrom(Reader text, String name, LongConsumer progress) {
    try (DisclosureReader reader = DisclosureReader.open(text, name)) {
      return importRows(reader, name, progress);
    }
  }

  /**
   * Imports UTF-8 bytes.
   *
   * @param bytes the content in UTF-8
   * @param name the file name, used in the result and in messages
   * @param progress called with the number of rows done after each committed batch
   * @return the outcome of every row
   * @throws IllegalArgumentException if the content is empty or of no known format
   * @throws ImportException if the import stops part-way (committed rows stay stored)
   */
  public ImportResult importFrom(InputStream bytes, String name, LongConsumer progress) {
    try (DisclosureReader reader = DisclosureReader.open(bytes, name)) {
      return importRows(reader, name, progress);
    }
  }

  /**
   * Imports the rows of an open reader (which the caller closes).
   *
   * @param reader the rows
   * @param name the file name, used in the result and in messages
   * @param progress called with the number of rows done after each committed batch
   * @return the outcome of every row
   * @throws ImportException if the import stops part-way (committed rows stay stored)
   */
  public ImportResult importRows(DisclosureReader reader, String name, LongConsumer progress) {
    ArgChecker.notNull(reader, "reader");
    ArgChecker.notNull(name, "name");
    ArgChecker.notNull(progress, "progress");
    Run run = new Run(new TradeNormalizer(LocalDate.now(clock)));
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      try {
        JdbcTradeWriter writer = new JdbcTradeWriter(connection);
        while (reader.hasNext()) {
          run.add(reader.next());
          if (run.batchRows >= batchSize) {
            run.flush(writer);
            progress.accept(run.committed.rows);
          }
        }
        run.flush(writer);
        progress.accept(run.committed.rows);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException | UncheckedIOException | IllegalArgumentException e) {
      throw new ImportException(String.format(Locale.ROOT,
          "importing %s stopped after %d committed rows (%d imported): %s; the committed rows stay"
              + " stored, run the import again to finish", name, run.committed.rows,
          run.committed.imported, e.getMessage()), run.committed.rows, e);
    }
    Counts c = run.committed;
    return new ImportResult(name, reader.format(), c.rows, c.imported, c.duplicates,
        c.rejections.size(), c.late, c.after, c.truncated,
        reader.format().isPerFiling() ? OptionalLong.of(reader.filingsRead()) : OptionalLong.empty(),
        c.rejections);
  }

  /** Counters of rows whose outcome is final. */
  private static final class Counts {
    long rows;
    long imported;
    long duplicates;
    long late;
    long after;
    long truncated;
    final List<Rejection> rejections = new ArrayList<>();
  }

  /** The state of one import: committed counts plus the batch being built. */
  private static final class Run {
    final TradeNormalizer normalizer;
    final Map<String, Integer> occurrences = new HashMap<>();
    final Counts committed = new Counts();
    final List<NormalizedTrade> batch = new ArrayList<>();
    final List<Rejection> batchRejections = new ArrayList<>();
    long batchRows;
    long batchLate;
    long batchAfter;
    long batchTruncated;

    Run(TradeNormalizer normalizer) {
      this.normalizer = normalizer;
    }

    void add(RawDisclosure raw) {
      batchRows++;
      TradeNormalizer.Outcome outcome = normalizer.normalize(raw);
      if (outcome instanceof Rejection rejection) {
        batchRejections.add(rejection);
        return;
      }
      NormalizedTrade trade = (NormalizedTrade) outcome;
      int occurrence = occurrences.merge(trade.contentHash(), 1, Integer::sum);
      batch.add(trade.withOccurrence(occurrence));
      batchLate += trade.lateFiling() ? 1 : 0;
      batchAfter += trade.tradedAfterDisclosure() ? 1 : 0;
      batchTruncated += trade.amount().isTruncatedBand() ? 1 : 0;
    }

    void flush(JdbcTradeWriter writer) throws SQLException {
      int inserted = writer.write(batch);
      committed.rows += batchRows;
      committed.imported += inserted;
      committed.duplicates += batch.size() - inserted;
      committed.late += batchLate;
      committed.after += batchAfter;
      committed.truncated += batchTruncated;
      committed.rejections.addAll(batchRejections);
      batch.clear();
      batchRejections.clear();
      batchRows = 0;
      batchLate = 0;
      batchAfter = 0;
      batchTruncated = 0;
    }
  }
}
