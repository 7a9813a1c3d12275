/** Grafana data-source provisioning files, read and variable-expanded the way Grafana reads them. */
package io.influxcheck.config.provisioning;
