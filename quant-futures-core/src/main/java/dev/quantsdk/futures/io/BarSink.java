package dev.quantsdk.futures.io;

/** Receives parsed bars in file order (the shape of {@code BarSeries.Builder#addRow}). */
@FunctionalInterface
interface BarSink {

  void accept(long row, long time, double open, double high, double low, double close,
      double settle, double volume, double openInterest);
}
