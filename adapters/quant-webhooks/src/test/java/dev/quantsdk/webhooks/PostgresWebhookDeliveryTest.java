package dev.quantsdk.webhooks;

import dev.quantsdk.persistence.DatabaseConfig;
import dev.quantsdk.testing.TestDatabases;

class PostgresWebhookDeliveryTest extends WebhookDeliveryContract {

  @Override
  DatabaseConfig newDatabase() {
    return TestDatabases.postgres();
  }
}
