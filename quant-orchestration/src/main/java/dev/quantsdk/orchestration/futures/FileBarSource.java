package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.bar.ValidationPolicy;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.futures.io.ChrisCsvLoader;
import dev.quantsdk.futures.io.CsvColumnMapping;
import dev.quantsdk.futures.io.GenericCsvLoader;
import dev.quantsdk.model.ArgChecker;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link BarSource} over daily bar files: CHRIS continuous-futures CSVs and Yahoo-style
 * {@code Date,Open,High,Low,Close,Adj Close,Volume} files (the close, not the adjusted close, is
 * used). Each {@link #load} reads its file afresh with the source's {@link ValidationPolicy}
 * (default {@link ValidationPolicy#REPAIR}: a CHRIS file's few inconsistent rows and an index's
 * zero opens are repaired and listed, not fatal). Immutable and thread-safe; build with
 * {@link #builder()}.
 */
public final class FileBarSource implements BarSource {

  /** The file formats this source reads. */
  public enum Format {
    /** Quandl CHRIS: columns found by header name; see {@code ChrisCsvLoader}. */
    CHRIS,
    /** {@code Date,Open,High,Low,Close,Adj Close,Volume}, ISO dates, one header line. */
    YAHOO
  }

  /** Yahoo columns: date 0, open 1, high 2, low 3, close 4, adjusted close 5, volume 6. */
  private static final CsvColumnMapping YAHOO = CsvColumnMapping.ohlcv(0, 1, 2, 3, 4, 6);

  private record Entry(Path file, Format format, Optional<FuturesProduct> product) {
  }

  private final Map<String, Entry> entries;
  private final ValidationPolicy policy;

  private FileBarSource(Map<String, Entry> entries, ValidationPolicy policy) {
    this.entries = entries;
    this.policy = policy;
  }

  /**
   * A builder.
   *
   * @return an empty builder with policy {@link ValidationPolicy#REPAIR}
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<String> instruments() {
    return List.copyOf(entries.keySet());
  }

  @Override
  public InstrumentBars load(String instrument) {
    ArgChecker.notNull(instrument, "instrument");
    Entry e = entries.get(instrument);
    if (e == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "unknown instrument '%s': this source has %s", instrument, entries.keySet()));
    }
    ValidatedBars bars = switch (e.format) {
      case CHRIS -> ChrisCsvLoader.load(e.file, policy);
      case YAHOO -> GenericCsvLoader.load(e.file, YAHOO, policy);
    };
    return new InstrumentBars(instrument, e.product,
        e.product.map(FuturesProduct::multiplier).orElse(1.0), bars);
  }

  /** Builds a {@link FileBarSource}. Not thread-safe. */
  public static final class Builder {

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private ValidationPolicy policy = ValidationPolicy.REPAIR;

    private Builder() {
    }

    /**
     * Adds a continuous futures series in CHRIS format.
     *
     * @param id the instrument id, e.g. {@code ES1}
     * @param file the CSV file
     * @param product the futures product (multiplier, expiry rule)
     * @return this builder
     * @throws IllegalArgumentException if the id is blank or already added
     */
    public Builder chris(String id, Path file, FuturesProduct product) {
      return add(id, new Entry(ArgChecker.notNull(file, "file"), Format.CHRIS,
          Optional.of(ArgChecker.notNull(product, "product"))));
    }

    /**
     * Adds an index or a stock in Yahoo format (multiplier 1).
     *
     * @param id the instrument id, e.g. {@code GSPC}
     * @param file the CSV file
     * @return this builder
     * @throws IllegalArgumentException if the id is blank or already added
     */
    public Builder yahoo(String id, Path file) {
      return add(id, new Entry(ArgChecker.notNull(file, "file"), Format.YAHOO, Optional.empty()));
    }

    /**
     * Sets the validation policy.
     *
     * @param newPolicy the policy
     * @return this builder
     */
    public Builder policy(ValidationPolicy newPolicy) {
      this.policy = ArgChecker.notNull(newPolicy, "policy");
      return this;
    }

    private Builder add(String id, Entry entry) {
      ArgChecker.notBlank(id, "id");
      ArgChecker.isTrue(!entries.containsKey(id), "instrument '%s' is added twice", id);
      entries.put(id, entry);
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the source
     */
    public FileBarSource build() {
      return new FileBarSource(new LinkedHashMap<>(entries), policy);
    }
  }
}
