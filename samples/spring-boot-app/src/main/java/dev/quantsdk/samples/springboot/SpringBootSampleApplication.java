package dev.quantsdk.samples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot host with nothing of its own: the Quant SDK starter serves the REST API under
 * {@code /api/v1} and {@code /openapi.json} over the {@link javax.sql.DataSource} that Boot builds
 * from {@code spring.datasource.*} ({@code application.properties}: an H2 file by default).
 */
@SpringBootApplication
public class SpringBootSampleApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments, such as {@code --server.port=8081} or
   *     {@code --spring.datasource.url=jdbc:postgresql://localhost:5432/quant}
   */
  public static void main(String[] args) {
    SpringApplication.run(SpringBootSampleApplication.class, args);
  }
}
