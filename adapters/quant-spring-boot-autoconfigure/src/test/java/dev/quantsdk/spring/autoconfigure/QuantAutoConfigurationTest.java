package dev.quantsdk.spring.autoconfigure;

/** The auto-configuration contract on Spring Boot 3.5, the line the starter is compiled for. */
class QuantAutoConfigurationTest extends QuantAutoConfigurationContract {

  @Override
  String expectedBootLine() {
    return "3.5.";
  }
}
