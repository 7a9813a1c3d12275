/** The CLI's Grafana commands: {@code list}, {@code retest} and the Grafana form of {@code diagnose}, all through the core command handler. */
package io.influxcheck.app.grafana;
