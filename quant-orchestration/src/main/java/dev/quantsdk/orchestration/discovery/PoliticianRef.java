package dev.quantsdk.orchestration.discovery;

import dev.quantsdk.model.ArgChecker;

/**
 * A politician as the facade names one: the stable id (the stored UUID as text) and a display
 * name. Immutable and thread-safe.
 *
 * @param id the stable id
 * @param name the display name
 */
public record PoliticianRef(String id, String name) {

  /**
   * Validates the reference.
   *
   * @throws IllegalArgumentException if the id or name is blank
   */
  public PoliticianRef {
    ArgChecker.notBlank(id, "id");
    ArgChecker.notBlank(name, "name");
  }
}
