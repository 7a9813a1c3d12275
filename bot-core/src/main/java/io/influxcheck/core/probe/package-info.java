/**
 * HTTP probing of InfluxDB: one request in, one {@link io.influxcheck.core.probe.ProbeResult} out.
 * Statuses such as 401 are data ({@code Answered}); only I/O problems become a {@code TransportFailure}.
 * This is the only place that catches {@link java.io.IOException}.
 */
package io.influxcheck.core.probe;
