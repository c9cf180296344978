/**
 * Sample: a headless discovery worker host. {@link dev.quantsdk.samples.worker.WorkerHost}
 * connects to PostgreSQL as a login user of the {@code quant_discovery} role and runs
 * {@link dev.quantsdk.worker.DiscoveryWorker} on its nightly schedule until SIGTERM or Ctrl-C.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.samples.worker;
