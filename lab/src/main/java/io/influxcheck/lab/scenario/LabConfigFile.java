package io.influxcheck.lab.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code influx-check.yaml} for a running lab: its Grafana as {@code grafana[lab]} with the bot's token,
 * and the bot's own credentials for the stale-token data source (so the vantage comparison runs). With it,
 * {@code influx-check diagnose --all} diagnoses every data source of the lab's Grafana. Secrets are
 * {@code ${VAR}} references; the returned variables hold the lab's values.
 */
public final class LabConfigFile {
  static final String GRAFANA_TOKEN_VARIABLE = "LAB_GRAFANA_TOKEN";
  static final String INFLUX_TOKEN_VARIABLE = "LAB_INFLUX2_TOKEN";

  private LabConfigFile() {
  }

  public static ProvisioningFile render(Lab lab) {
    String yaml = "grafana:\n"
        + "  - name: lab\n"
        + "    url: " + lab.grafanaUrl() + "\n"
        + "    token: ${" + GRAFANA_TOKEN_VARIABLE + "}\n"
        + "datasources:\n"
        + "  - match:\n"
        + "      uid: " + LabData.DS_STALE_TOKEN + "\n"
        + "    url: " + lab.influx2Url() + "\n"
        + "    token: ${" + INFLUX_TOKEN_VARIABLE + "}\n";
    Map<String, String> env = new LinkedHashMap<>();
    env.put(GRAFANA_TOKEN_VARIABLE, lab.secrets().grafanaBot());
    env.put(INFLUX_TOKEN_VARIABLE, lab.secrets().v2AllAccess());
    return new ProvisioningFile(yaml, env, Optional.empty());
  }
}
