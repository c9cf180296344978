package dev.quantsdk.spring.autoconfigure;

/** The servlet in a real Spring Boot 3.5 web host. */
class QuantApiServletTest extends QuantApiServletContract {
}
