/**
 * Critical-anomaly webhooks: a transactional outbox ({@link dev.quantsdk.webhooks.WebhookOutbox},
 * written by the discovery store in the same transaction as each anomaly at or above an
 * endpoint's threshold), the endpoint registry ({@link dev.quantsdk.webhooks.WebhookEndpoints}),
 * the dispatcher that POSTs signed JSON with retries ({@link dev.quantsdk.webhooks.WebhookDispatcher}),
 * its db-scheduler task ({@link dev.quantsdk.webhooks.WebhookTasks}) and the receivers' signature
 * check ({@link dev.quantsdk.webhooks.WebhookSignatures}).
 *
 * <p>Endpoint secrets are shared HMAC keys stored as given in {@code webhook_endpoints}; no class
 * here logs or prints them ({@code toString} masks them).
 *
 * <p>Non-null by default: absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.webhooks;
