package dev.quantsdk.spring.autoconfigure;

/** The servlet in a real Spring Boot 4.1 web host (Tomcat 11, Servlet 6.1). */
class Boot4QuantApiServletTest extends QuantApiServletContract {
}
