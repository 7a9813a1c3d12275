/**
 * The Discord adapter: the {@code /influx-check} application command on JDA, the embed renderer of the
 * neutral report model, the Re-test and Diagnose-again buttons, and the invite URL.
 */
package io.influxcheck.discord;
