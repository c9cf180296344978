package dev.quantsdk.worker;

import dev.quantsdk.discovery.DisclosedTrade;
import dev.quantsdk.orchestration.discovery.DiscoveryWindow;
import dev.quantsdk.orchestration.discovery.PoliticianRef;
import dev.quantsdk.orchestration.discovery.TradeSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A trade source that counts, per politician, the member stages that read and finished reading
 * (calls of {@link #tradesOf}), and can fail one politician or block every call (a hung worker).
 */
final class ProbeSource implements TradeSource {

  private final TradeSource delegate;
  private final String worker;
  private final Map<String, Map<String, AtomicInteger>> completed;
  private final Optional<String> failing;
  private final Optional<CountDownLatch> block;
  final AtomicInteger failingAttempts = new AtomicInteger();
  final CountDownLatch entered = new CountDownLatch(1);

  /**
   * @param delegate the real source
   * @param worker this worker's name
   * @param completed shared: politician id -> worker name -> reads completed
   * @param failing a politician whose reads throw
   * @param block if present, every read blocks until it opens, then throws (the worker is gone)
   */
  ProbeSource(TradeSource delegate, String worker, Map<String, Map<String, AtomicInteger>> completed,
      Optional<String> failing, Optional<CountDownLatch> block) {
    this.delegate = delegate;
    this.worker = worker;
    this.completed = completed;
    this.failing = failing;
    this.block = block;
  }

  @Override
  public List<PoliticianRef> politicians() {
    return delegate.politicians();
  }

  @Override
  public Optional<PoliticianRef> find(String idOrName) {
    return delegate.find(idOrName);
  }

  @Override
  public List<DisclosedTrade> trades(DiscoveryWindow window) {
    return delegate.trades(window);
  }

  @Override
  public List<DisclosedTrade> tradesOf(String politicianId, DiscoveryWindow window) {
    if (block.isPresent()) {
      entered.countDown();
      boolean released = false;
      while (!released) {
        try {
          block.get().await();
          released = true;
        } catch (InterruptedException e) {
          // a killed process does not react to interrupts either: keep hanging
        }
      }
      throw new IllegalStateException("worker " + worker + " is gone");
    }
    if (failing.isPresent() && failing.get().equals(politicianId)) {
      failingAttempts.incrementAndGet();
      throw new IllegalStateException("trade rows of " + politicianId + " are corrupt (test)");
    }
    List<DisclosedTrade> trades = delegate.tradesOf(politicianId, window);
    completed.computeIfAbsent(politicianId, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(worker, k -> new AtomicInteger()).incrementAndGet();
    return trades;
  }

  @Override
  public Optional<DiscoveryWindow> dataWindow() {
    return delegate.dataWindow();
  }
}
