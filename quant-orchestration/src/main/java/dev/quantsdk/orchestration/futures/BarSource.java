package dev.quantsdk.orchestration.futures;

import java.util.List;

/**
 * Port: where the futures facade reads an instrument's validated daily bars (files, a bar table,
 * a vendor feed). Implementations must be thread-safe; the facade may call them from several
 * threads.
 */
public interface BarSource {

  /**
   * The instruments this source can load, in a stable order.
   *
   * @return the instrument ids
   */
  List<String> instruments();

  /**
   * Loads and validates one instrument's bars.
   *
   * @param instrument an id from {@link #instruments()}
   * @return the bars
   * @throws IllegalArgumentException if the instrument is unknown or its data are invalid under
   *     the source's validation policy
   * @throws java.io.UncheckedIOException if the data cannot be read
   */
  InstrumentBars load(String instrument);
}
