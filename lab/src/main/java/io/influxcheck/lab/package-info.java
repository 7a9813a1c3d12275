/**
 * The lab: embedded simulators of InfluxDB ({@code influx}), faults ({@code fault}), the loopback HTTP layer they
 * share ({@code http}), and — from other modules' owners — Grafana, scenarios and fixtures.
 */
package io.influxcheck.lab;
