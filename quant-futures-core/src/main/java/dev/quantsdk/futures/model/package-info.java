/**
 * Predictive models on feature matrices (ridge/OLS and logistic regression), walk-forward
 * training with purge and embargo, and out-of-sample metrics. Predictions are only ever out of
 * sample.
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.futures.model;
