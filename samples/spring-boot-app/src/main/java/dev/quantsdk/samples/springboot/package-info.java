/**
 * The sample Spring Boot host of the Quant SDK starter. Non-null by default.
 */
package dev.quantsdk.samples.springboot;
