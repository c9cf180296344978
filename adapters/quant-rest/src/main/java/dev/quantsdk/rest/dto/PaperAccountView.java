package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.util.List;

/**
 * A paper account with its positions (earliest contract expiry first). Immutable and
 * thread-safe.
 *
 * @param account the account
 * @param positions its positions, flat ones included
 */
public record PaperAccountView(PaperAccountDto account, List<PaperPositionDto> positions) {

  /**
   * Validates the view and copies the positions.
   *
   * @throws NullPointerException if a component is null
   */
  public PaperAccountView {
    ArgChecker.notNull(account, "account");
    positions = List.copyOf(positions);
  }
}
