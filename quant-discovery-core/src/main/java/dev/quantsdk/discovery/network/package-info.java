/**
 * Co-trading networks: the bipartite member–ticker graph over a window, its statistically
 * validated projection onto members (SDSM backbone with Benjamini–Hochberg, and the plain
 * hypergeometric projection as a baseline), communities (Leiden, Louvain), centralities
 * (PageRank, betweenness, clustering) and coordinated-trading pairs.
 *
 * <p>Everything here is pure: plain values in, immutable result records out; no I/O, no clock,
 * no threads of its own; randomness only through a seed, so results are reproducible bit for
 * bit.
 *
 * <p>Non-null by default: parameters and return values are never {@code null}; absent values
 * are {@link java.util.Optional}.
 */
package dev.quantsdk.discovery.network;
