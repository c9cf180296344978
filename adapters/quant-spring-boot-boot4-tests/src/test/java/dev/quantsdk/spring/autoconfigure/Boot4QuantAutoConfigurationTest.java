package dev.quantsdk.spring.autoconfigure;

/**
 * The auto-configuration contract on Spring Boot 4.1, against the autoconfigure jar compiled for
 * Boot 3.5.
 */
class Boot4QuantAutoConfigurationTest extends QuantAutoConfigurationContract {

  @Override
  String expectedBootLine() {
    return "4.1.";
  }
}
