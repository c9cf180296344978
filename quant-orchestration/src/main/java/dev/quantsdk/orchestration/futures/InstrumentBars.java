package dev.quantsdk.orchestration.futures;

import dev.quantsdk.futures.bar.ValidatedBars;
import dev.quantsdk.futures.instrument.FuturesProduct;
import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * The validated daily bars of one instrument, as a {@link BarSource} yields them. Immutable and
 * thread-safe (the bar series is immutable).
 *
 * <p>A continuous futures series (CHRIS ES1) spans many contract months, so it carries its
 * {@link FuturesProduct} (root, multiplier, tick, expiry rule) rather than one month's
 * {@code ContractSpec}; an index or a stock has no product and a multiplier of 1.
 *
 * @param id the instrument's id, e.g. {@code ES1}
 * @param product the futures product, absent for an index or a stock
 * @param multiplier currency per price point (USD per point; ES 50, an index or share 1)
 * @param bars the validated bars and what validation found
 */
public record InstrumentBars(String id, Optional<FuturesProduct> product, double multiplier,
    ValidatedBars bars) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if the id is blank, the multiplier is not positive or
   *     differs from the product's
   */
  public InstrumentBars {
    ArgChecker.notBlank(id, "id");
    ArgChecker.notNull(product, "product");
    ArgChecker.positive(multiplier, "multiplier");
    ArgChecker.notNull(bars, "bars");
    product.ifPresent(p -> ArgChecker.isTrue(p.multiplier() == multiplier,
        "%s: multiplier %s differs from product %s's %s", id, multiplier, p.root(),
        p.multiplier()));
  }

  /**
   * A futures instrument: the multiplier is the product's.
   *
   * @param id the id
   * @param product the product
   * @param bars the bars
   * @return the instrument's bars
   */
  public static InstrumentBars ofFutures(String id, FuturesProduct product, ValidatedBars bars) {
    return new InstrumentBars(id, Optional.of(product), product.multiplier(), bars);
  }

  /**
   * An index or a stock: multiplier 1.
   *
   * @param id the id
   * @param bars the bars
   * @return the instrument's bars
   */
  public static InstrumentBars ofIndex(String id, ValidatedBars bars) {
    return new InstrumentBars(id, Optional.empty(), 1.0, bars);
  }
}
