package io.influxcheck.slack;

/** The {@code action_id}s of the adapter's buttons; Slack sends them back on a click. */
final class ActionIds {
  /** Re-test through Grafana's health API; value: {@link RetestButton} JSON. */
  static final String RETEST = "influx_check_retest";
  /** Diagnose (again); value: the data source key {@code uid@grafana}. */
  static final String DIAGNOSE = "influx_check_diagnose";
  /** Link to the data source in Grafana; Slack still sends a click, which is only acknowledged. */
  static final String OPEN_GRAFANA = "influx_check_open_grafana";

  private ActionIds() { }
}
