package dev.quantsdk.model;

/**
 * The chamber of the US Congress a member sits in.
 */
public enum Chamber {
  /** The House of Representatives. */
  HOUSE,
  /** The Senate. */
  SENATE
}
