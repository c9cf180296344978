package dev.quantsdk.futures.bar;

import java.util.Arrays;

/**
 * One numeric column of a {@link BarSeries}, stored in the smallest exact form.
 *
 * <p>When every value is a decimal with at most {@link #MAX_SCALE} fraction digits whose
 * scaled magnitude fits an {@code int}, the column holds {@code int} units of
 * 10<sup>-scale</sup> and decodes {@code units / 10^scale}: one correctly rounded IEEE
 * division of two exactly representable numbers, so the decoded double is bit for bit the
 * value stored (the packer checks this round trip for every value). Otherwise it keeps the
 * {@code double[]} as given. A column of only NaN keeps no array. NaN is stored as
 * {@link Integer#MIN_VALUE} in the packed form; {@code -0.0} is stored as {@code 0.0}.
 *
 * <p>Immutable after construction (the array is never exposed) and thread-safe.
 */
final class PackedColumn {

  static final int MAX_SCALE = 8;
  private static final int NA = Integer.MIN_VALUE;
  private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  static final PackedColumn ABSENT = new PackedColumn(null, 1.0, null);

  private final int[] units;
  private final double divisor;
  private final double[] values;

  private PackedColumn(int[] units, double divisor, double[] values) {
    this.units = units;
    this.divisor = divisor;
    this.values = values;
  }

  /**
   * Packs the first {@code n} values.
   *
   * @param source the values (not retained when packed; copied otherwise)
   * @param n the number of values
   * @return the column
   */
  static PackedColumn pack(double[] source, int n) {
    int scale = 0;
    boolean any = false;
    for (int i = 0; i < n; i++) {
      double v = source[i];
      if (v != v) {
        continue;
      }
      any = true;
      while (!fits(v, scale)) {
        if (++scale > MAX_SCALE) {
          return new PackedColumn(null, 1.0, Arrays.copyOf(source, n));
        }
      }
    }
    if (!any) {
      return ABSENT;
    }
    double p = POW10[scale];
    int[] packed = new int[n];
    for (int i = 0; i < n; i++) {
      double v = source[i];
      if (v != v) {
        packed[i] = NA;
        continue;
      }
      double k = Math.rint(v * p);
      // re-checked at the final scale: a value that fitted a smaller scale may overflow here
      if (!(k > NA && k <= Integer.MAX_VALUE && k / p == v)) {
        return new PackedColumn(null, 1.0, Arrays.copyOf(source, n));
      }
      packed[i] = (int) k;
    }
    return new PackedColumn(packed, p, null);
  }

  private static boolean fits(double v, int scale) {
    double k = Math.rint(v * POW10[scale]);
    return k > NA && k <= Integer.MAX_VALUE && k / POW10[scale] == v;
  }

  double get(int i) {
    int[] u = units;
    if (u != null) {
      int x = u[i];
      return x == NA ? Double.NaN : x / divisor;
    }
    return values != null ? values[i] : Double.NaN;
  }

  void copyTo(int from, double[] dest, int destPos, int length) {
    int[] u = units;
    if (u != null) {
      double d = divisor;
      for (int i = 0; i < length; i++) {
        int x = u[from + i];
        dest[destPos + i] = x == NA ? Double.NaN : x / d;
      }
    } else if (values != null) {
      System.arraycopy(values, from, dest, destPos, length);
    } else {
      Arrays.fill(dest, destPos, destPos + length, Double.NaN);
    }
  }

  boolean isAbsent() {
    return units == null && values == null;
  }

  /** Bytes per value of the backing array: 4 packed, 8 unpacked, 0 absent. */
  int bytesPerValue() {
    return units != null ? Integer.BYTES : values != null ? Double.BYTES : 0;
  }

  /** Fraction digits of the packed form, or -1 when unpacked or absent. */
  int scale() {
    if (units == null) {
      return -1;
    }
    int s = 0;
    while (POW10[s] != divisor) {
      s++;
    }
    return s;
  }
}
