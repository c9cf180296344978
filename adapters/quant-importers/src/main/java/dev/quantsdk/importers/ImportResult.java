package dev.quantsdk.importers;

import dev.quantsdk.model.ArgChecker;
import java.util.List;
import java.util.OptionalLong;

/**
 * The outcome of importing one disclosure file: every row ends as imported, duplicate or rejected.
 *
 * <p>{@code rows == imported + duplicates + rejected} and {@code rejections.size() == rejected}.
 * Late filings, trades after disclosure and truncated amount bands are counted over the accepted
 * rows (imported or duplicate), so they describe the file and do not change on a re-import.
 * Immutable and thread-safe.
 *
 * @param source the file name (or the name given for a stream)
 * @param format the detected format
 * @param rows the number of trade rows read
 * @param imported rows written as new trades
 * @param duplicates rows whose trade was already stored (same natural key)
 * @param rejected rows refused, each with a reason in {@code rejections}
 * @param lateFilings accepted rows disclosed more than 45 days after the trade
 * @param tradedAfterDisclosure accepted rows whose trade date is after the disclosure date
 * @param truncatedAmounts accepted rows whose amount band was truncated and completed from the
 *     standard band table
 * @param filings the number of filing objects read, present only for per-filing formats
 * @param rejections every rejection, in row order
 */
public record ImportResult(
    String source,
    DisclosureFormat format,
    long rows,
    long imported,
    long duplicates,
    long rejected,
    long lateFilings,
    long tradedAfterDisclosure,
    long truncatedAmounts,
    OptionalLong filings,
    List<Rejection> rejections) {

  /**
   * Validates the counts and copies the rejections.
   *
   * @throws IllegalArgumentException if a count is negative or the counts do not add up
   */
  public ImportResult {
    ArgChecker.notNull(source, "source");
    ArgChecker.notNull(format, "format");
    ArgChecker.notNull(filings, "filings");
    rejections = List.copyOf(ArgChecker.notNull(rejections, "rejections"));
    ArgChecker.isTrue(imported >= 0 && duplicates >= 0 && rejected >= 0 && lateFilings >= 0
        && tradedAfterDisclosure >= 0 && truncatedAmounts >= 0,
        "counts must be >= 0: imported %d, duplicates %d, rejected %d", imported, duplicates, rejected);
    ArgChecker.isTrue(rows == imported + duplicates + rejected,
        "rows %d != imported %d + duplicates %d + rejected %d", rows, imported, duplicates, rejected);
    ArgChecker.isTrue(rejections.size() == rejected, "%d rejections listed for %d rejected rows",
        rejections.size(), rejected);
  }
}
