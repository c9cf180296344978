package dev.quantsdk.rest;

import dev.quantsdk.model.ArgChecker;
import dev.quantsdk.rest.dto.ApiError;
import java.util.Optional;

/**
 * A request the API refuses, with the HTTP status and the error body to send. Thrown by
 * parameter validation and handlers and turned into a response by {@link QuantApi}.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final String field;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status, 4xx or 5xx
   * @param error the error code, such as {@code bad_request}
   * @param message the message for a person
   * @param field the parameter or body field at fault, if any
   */
  public ApiException(int status, String error, String message, Optional<String> field) {
    super(ArgChecker.notBlank(message, "message"));
    this.status = ArgChecker.inRangeInclusive(status, 400, 599, "status");
    this.error = ArgChecker.notBlank(error, "error");
    this.field = ArgChecker.notNull(field, "field").orElse(null);
  }

  /**
   * A 400 about one parameter or body field.
   *
   * @param field the field
   * @param message the message
   * @return the exception
   */
  public static ApiException badRequest(String field, String message) {
    return new ApiException(400, "bad_request", message, Optional.of(field));
  }

  /**
   * A 404.
   *
   * @param message what was not found
   * @return the exception
   */
  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message, Optional.empty());
  }

  /**
   * A 503: a collaborator the route needs is not configured.
   *
   * @param message what is missing and how to configure it
   * @return the exception
   */
  public static ApiException unavailable(String message) {
    return new ApiException(503, "unavailable", message, Optional.empty());
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The body to send.
   *
   * @return the error body
   */
  public ApiError toError() {
    return new ApiError(error, getMessage(), Optional.ofNullable(field));
  }
}
