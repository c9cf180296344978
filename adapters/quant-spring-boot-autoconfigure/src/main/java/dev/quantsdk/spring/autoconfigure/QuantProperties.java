package dev.quantsdk.spring.autoconfigure;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.QuantApi;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code quant.*} properties of a Spring Boot host. Immutable and thread-safe.
 *
 * @param migrate Whether to migrate the Quant schema (Flyway, history in quant_schema_history) on
 *     the host's data source at start-up. A host whose login is not the schema owner (a quant_app
 *     login) sets it to false and lets the owner migrate.
 * @param api The REST API's settings.
 */
@ConfigurationProperties(prefix = "quant")
public record QuantProperties(@DefaultValue("true") boolean migrate, @DefaultValue Api api) {

  /**
   * Validates the properties.
   *
   * @throws NullPointerException if {@code api} is null
   */
  public QuantProperties {
    ArgChecker.notNull(api, "api");
  }

  /**
   * The REST API's settings ({@code quant.api.*}). Immutable and thread-safe.
   *
   * @param enabled Whether to create the QuantApi bean and, in a servlet web application, serve it
   *     under /api/v1/** and /openapi.json.
   * @param apiKey Key every /api/v1 request must send in the X-Api-Key header (401 otherwise).
   *     Empty for no key, as in a local demo; in production set it from a secret (for example the
   *     QUANT_API_API_KEY environment variable).
   * @param maxBodySize Largest request body the servlet reads; larger bodies are answered 413
   *     payload_too_large.
   * @param cors Cross-origin (CORS) settings of the API.
   */
  public record Api(@DefaultValue("true") boolean enabled, @DefaultValue("") String apiKey,
      @DefaultValue("64KB") DataSize maxBodySize, @DefaultValue Cors cors) {

    /**
     * Validates the settings.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the body size is not in [1 byte, 2 GB)
     */
    public Api {
      ArgChecker.notNull(apiKey, "apiKey");
      ArgChecker.notNull(maxBodySize, "maxBodySize");
      ArgChecker.notNull(cors, "cors");
      ArgChecker.isTrue(maxBodySize.toBytes() > 0 && maxBodySize.toBytes() < Integer.MAX_VALUE,
          "quant.api.max-body-size must be between 1B and 2GB but was %s", maxBodySize);
    }

    /**
     * The API settings these properties describe: the key when one is set (a blank value means
     * none) and the allowed CORS origins.
     *
     * @return the settings
     * @throws IllegalArgumentException if an origin is malformed
     */
    public QuantApi.Settings settings() {
      QuantApi.Settings settings = QuantApi.Settings.defaults()
          .withAllowedOrigins(cors.allowedOrigins());
      return apiKey.isBlank() ? settings : settings.withApiKey(apiKey);
    }

    @Override
    public String toString() {
      // never log the key itself
      return "Api[enabled=" + enabled + ", apiKey=" + (apiKey.isBlank() ? "none" : "***")
          + ", maxBodySize=" + maxBodySize + ", cors=" + cors + "]";
    }
  }

  /**
   * The API's cross-origin settings ({@code quant.api.cors.*}). Immutable and thread-safe.
   *
   * @param allowedOrigins Browser origins allowed to call the API from another site, such as
   *     https://dash.example.org (scheme, host and optional port), or * for any. Empty (the
   *     default) turns CORS off: only same-origin pages can read the answers.
   */
  public record Cors(@DefaultValue List<String> allowedOrigins) {

    /**
     * Validates and copies the settings.
     *
     * @throws NullPointerException if the list or an origin is null
     */
    public Cors {
      allowedOrigins = List.copyOf(ArgChecker.notNull(allowedOrigins, "allowedOrigins"));
    }
  }
}
