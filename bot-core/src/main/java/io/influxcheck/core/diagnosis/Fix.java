package io.influxcheck.core.diagnosis;

/**
 * How to fix a finding. {@code yaml} is the exact change to the provisioning file (or Grafana's
 * data-source settings); {@code command} is a ready-to-run command (usually the {@code influx} CLI,
 * filled in with the real org, bucket and IDs found). Either may be empty; neither holds a secret
 * (a secret is always a placeholder such as {@code ${INFLUX_TOKEN}}).
 */
public record Fix(String description, String yaml, String command) {
  public Fix {
    description = description == null ? "" : description;
    yaml = yaml == null ? "" : yaml;
    command = command == null ? "" : command;
  }

  public static Fix none() {
    return new Fix("", "", "");
  }

  public static Fix of(String description) {
    return new Fix(description, "", "");
  }

  public boolean isEmpty() {
    return description.isEmpty() && yaml.isEmpty() && command.isEmpty();
  }
}
