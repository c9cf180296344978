package dev.quantsdk.rest.dto;

import java.util.List;

/**
 * The catalogue's futures products, in catalogue order (not paginated: the catalogue is small and
 * fixed). Immutable and thread-safe.
 *
 * @param items the products
 */
public record InstrumentList(List<InstrumentDto> items) {

  /**
   * Copies the items.
   *
   * @throws NullPointerException if the list is null
   */
  public InstrumentList {
    items = List.copyOf(items);
  }
}
