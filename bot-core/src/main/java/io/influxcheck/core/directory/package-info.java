/**
 * The data sources the bot knows: InfluxDB data sources listed by each configured Grafana and those
 * declared in provisioning files, and how a name, uid or {@code name@grafana} typed by a person is
 * resolved to one of them.
 */
package io.influxcheck.core.directory;
