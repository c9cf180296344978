/**
 * Shared types of Quant SDK: the argument checker and value types used by every module.
 *
 * <p>Non-null by default: no method accepts or returns {@code null} unless its javadoc says so;
 * absent values are {@link java.util.Optional}.
 */
package dev.quantsdk.model;
