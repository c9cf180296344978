package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.Optional;

/**
 * The body of every error response: {@code {"error": "bad_request", "message": "...", "field":
 * "limit"}}. Immutable and thread-safe.
 *
 * @param error a stable machine-readable code: {@code bad_request} (400), {@code unauthorized}
 *     (401), {@code not_found} (404), {@code method_not_allowed} (405), {@code payload_too_large}
 *     (413), {@code unsupported_media_type} (415), {@code internal_error} (500),
 *     {@code unavailable} (503)
 * @param message what went wrong, for a person
 * @param field the request parameter or body field at fault, absent when the error is not about
 *     one field
 */
public record ApiError(String error, String message, Optional<String> field) {

  /**
   * Validates the error.
   *
   * @throws IllegalArgumentException if the code or message is blank
   */
  public ApiError {
    ArgChecker.notBlank(error, "error");
    ArgChecker.notBlank(message, "message");
    ArgChecker.notNull(field, "field");
  }
}
