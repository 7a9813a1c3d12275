/**
 * Typed configuration of influx-check: {@link io.influxcheck.config.ConfigLoader} reads influx-check.yaml
 * into {@link io.influxcheck.config.InfluxCheckConfig}; {@link io.influxcheck.config.Secret} never prints its value.
 */
package io.influxcheck.config;
