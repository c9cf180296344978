package dev.quantsdk.importers;

/**
 * An import that stopped part-way (unreadable or broken input, a database failure).
 *
 * <p>Rows of batches committed before the failure stay stored; running the same import again skips
 * them as duplicates and finishes the job. The cause is the original {@link java.sql.SQLException},
 * {@link java.io.UncheckedIOException} or {@link IllegalArgumentException}.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The number of rows read and committed (imported, duplicate or rejected) before the failure. */
  private final long committedRows;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the file and the rows committed
   * @param committedRows rows whose outcome was committed before the failure
   * @param cause the underlying failure
   */
  public ImportException(String message, long committedRows, Throwable cause) {
    super(message, cause);
    this.committedRows = committedRows;
  }

  /**
   * The rows whose outcome was committed before the failure.
   *
   * @return the committed row count
   */
  public long committedRows() {
    return committedRows;
  }
}
