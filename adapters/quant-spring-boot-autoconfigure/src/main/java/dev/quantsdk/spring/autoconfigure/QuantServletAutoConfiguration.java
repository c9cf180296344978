package dev.quantsdk.spring.autoconfigure;

import dev.quantsdk.rest.QuantApi;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Serves the {@link QuantApi} bean (the auto-configured one or the host's own) in servlet web
 * applications only: a {@link QuantApiServlet} {@code quantApiServlet} registered by
 * {@code quantApiServletRegistration} at {@value QuantApiServlet#API_MAPPING} and
 * {@value QuantApiServlet#OPENAPI_MAPPING}. Both beans back off when the host defines its own.
 *
 * <p>A servlet rather than a Spring MVC controller: the Jakarta Servlet 6 API and Boot's
 * {@link ServletRegistrationBean} are the same in Boot 3.5 and 4.1, the container hands every
 * request under the mapping to it (so the API's routes need not be listed), and no MVC machinery
 * (message converters, content negotiation, CORS or {@code OPTIONS} handling) stands between the
 * API and the bytes on the wire. The host's servlet filters, such as Spring Security's, still
 * apply.
 */
@AutoConfiguration(after = QuantAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "jakarta.servlet.http.HttpServlet")
@ConditionalOnBean(QuantApi.class)
public class QuantServletAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public QuantServletAutoConfiguration() {
  }

  /**
   * The servlet adapter.
   *
   * @param api the API
   * @param properties the properties ({@code quant.api.max-body-size})
   * @return the servlet
   */
  @Bean
  @ConditionalOnMissingBean
  public QuantApiServlet quantApiServlet(QuantApi api, QuantProperties properties) {
    return new QuantApiServlet(api, (int) properties.api().maxBodySize().toBytes());
  }

  /**
   * The servlet's registration at the API's paths.
   *
   * @param servlet the servlet
   * @return the registration
   */
  @Bean
  @ConditionalOnMissingBean(name = "quantApiServletRegistration")
  public ServletRegistrationBean<QuantApiServlet> quantApiServletRegistration(
      QuantApiServlet servlet) {
    ServletRegistrationBean<QuantApiServlet> registration = new ServletRegistrationBean<>(
        servlet, QuantApiServlet.API_MAPPING, QuantApiServlet.OPENAPI_MAPPING);
    registration.setName("quantApiServlet");
    registration.setLoadOnStartup(1);
    return registration;
  }
}
