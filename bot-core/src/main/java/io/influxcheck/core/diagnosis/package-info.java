/**
 * The direct diagnosis of one Grafana InfluxDB data source. {@link io.influxcheck.core.diagnosis.InfluxDiagnoser}
 * replays Grafana's own health query, identifies the server and runs the probes that explain a failure; the
 * checks ({@code FluxChecks}, {@code InfluxqlChecks}, {@code SqlChecks}, {@code ConfigurationChecks}) turn answers
 * into {@link io.influxcheck.core.diagnosis.Finding}s with stable {@link io.influxcheck.core.diagnosis.FindingCode}s,
 * and {@link io.influxcheck.core.diagnosis.FindingCatalogue} holds the runbook of every code.
 *
 * <p>Flow: configuration checks (no network) → {@code /ping} + {@code /health} + Grafana's query, concurrently →
 * per-language checks, whose follow-up probes run concurrently → verdict ({@code VerdictRule}). To add a finding:
 * add the code to {@code FindingCode}, its runbook entry to {@code InfluxRunbook} or {@code GrafanaRunbook}, emit it
 * from the check whose evidence proves it, and pin the exact server body in a test.
 */
package io.influxcheck.core.diagnosis;
