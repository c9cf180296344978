package dev.quantsdk.rest.dto;

import dev.quantsdk.model.ArgChecker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored co-trading network (a {@code network_discoveries} row) with its nodes and edges.
 * Immutable and thread-safe.
 *
 * @param id the row's id
 * @param algorithm the algorithm, such as {@code sdsm+leiden}
 * @param windowStart the window's first day
 * @param windowEnd the window's last day
 * @param modularity the partition's modularity, absent without edges
 * @param description the one-line description, if any
 * @param discoveryDate when it was stored
 * @param nodes the nodes
 * @param edges the backbone's edges
 */
public record NetworkDto(UUID id, String algorithm, LocalDate windowStart, LocalDate windowEnd,
    Optional<Double> modularity, Optional<String> description, Instant discoveryDate,
    List<NetworkNodeDto> nodes, List<NetworkEdgeDto> edges) {

  /**
   * Validates and copies.
   *
   * @throws NullPointerException if a component is null
   */
  public NetworkDto {
    ArgChecker.notNull(id, "id");
    ArgChecker.notBlank(algorithm, "algorithm");
    ArgChecker.notNull(windowStart, "windowStart");
    ArgChecker.notNull(windowEnd, "windowEnd");
    ArgChecker.notNull(modularity, "modularity");
    ArgChecker.notNull(description, "description");
    ArgChecker.notNull(discoveryDate, "discoveryDate");
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
