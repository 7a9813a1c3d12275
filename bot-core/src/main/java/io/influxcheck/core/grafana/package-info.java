/**
 * Grafana's side of a diagnosis: an HTTP client for Grafana's API authenticated with the bot's
 * service-account token, the classification of Grafana's answers (401/403 bodies, data-source
 * health messages) into finding codes, and the checks that compare Grafana's view with InfluxDB's.
 */
package io.influxcheck.core.grafana;
