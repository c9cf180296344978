package dev.quantsdk.futures.indicator;

/**
 * A fixed-capacity ring of the last {@code capacity} values, oldest first. Mutable, not
 * thread-safe; package-private helper of the windowed streams.
 */
final class Ring {

  private final double[] values;
  private long count;

  Ring(int capacity) {
    this.values = new double[capacity];
  }

  /**
   * Appends a value.
   *
   * @param value the value
   * @return the value that left the window, or {@code NaN} while the ring is not yet full
   */
  double push(double value) {
    int slot = (int) (count % values.length);
    double evicted = count >= values.length ? values[slot] : Double.NaN;
    values[slot] = value;
    count++;
    return evicted;
  }

  /** Whether the ring holds {@code capacity} values. */
  boolean full() {
    return count >= values.length;
  }

  /** The number of values held, at most the capacity. */
  int size() {
    return (int) Math.min(count, values.length);
  }

  /**
   * The value at a position, 0 being the oldest held.
   *
   * @param position 0 .. size() - 1
   * @return the value
   */
  double get(int position) {
    long start = count - size();
    return values[(int) ((start + position) % values.length)];
  }
}
