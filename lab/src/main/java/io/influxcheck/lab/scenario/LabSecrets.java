package io.influxcheck.lab.scenario;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Every token and password the lab hands out. {@link #fixed()} gives deterministic, obviously fake values that
 * {@code influx-check lab} prints for manual play; {@link #canaries()} gives random {@code canary-…} values for
 * the test that proves no secret leaks into a report or a log.
 *
 * @param v2AllAccess InfluxDB 2.x: all-access token of org {@code acme}
 * @param v2ReadTelegraf InfluxDB 2.x: reads bucket {@code telegraf} only
 * @param v2Inactive InfluxDB 2.x: all-access token, set inactive
 * @param v2OtherOrg InfluxDB 2.x: all-access token of org {@code other}
 * @param v2WriteOnly InfluxDB 2.x: writes bucket {@code telegraf}, reads nothing
 * @param v2V1Password InfluxDB 2.x: password of the v1-compatible user {@code grafana-v1}
 * @param v2Unknown a token no InfluxDB knows
 * @param v1AdminPassword InfluxDB 1.x: password of {@code admin}
 * @param v1GrafanaPassword InfluxDB 1.x: password of {@code grafana} (READ on {@code telegraf})
 * @param v1NoGrantsPassword InfluxDB 1.x: password of {@code nogrants}
 * @param v1WrongPassword a password no 1.x user has
 * @param v3Token InfluxDB 3 Core: the token
 * @param grafanaBot Grafana: the bot's service-account token (read, query, write)
 * @param grafanaExpired Grafana: an expired service-account token
 * @param grafanaRevoked Grafana: a revoked service-account token
 * @param grafanaNoRead Grafana: a token without {@code datasources:read}
 * @param grafanaNoQuery Grafana: a token without {@code datasources:query}
 * @param grafanaUnknown a service-account token Grafana does not know
 */
public record LabSecrets(
    String v2AllAccess,
    String v2ReadTelegraf,
    String v2Inactive,
    String v2OtherOrg,
    String v2WriteOnly,
    String v2V1Password,
    String v2Unknown,
    String v1AdminPassword,
    String v1GrafanaPassword,
    String v1NoGrantsPassword,
    String v1WrongPassword,
    String v3Token,
    String grafanaBot,
    String grafanaExpired,
    String grafanaRevoked,
    String grafanaNoRead,
    String grafanaNoQuery,
    String grafanaUnknown) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public LabSecrets {
    for (String value : List.of(v2AllAccess, v2ReadTelegraf, v2Inactive, v2OtherOrg, v2WriteOnly, v2V1Password, v2Unknown,
        v1AdminPassword, v1GrafanaPassword, v1NoGrantsPassword, v1WrongPassword, v3Token, grafanaBot, grafanaExpired,
        grafanaRevoked, grafanaNoRead, grafanaNoQuery, grafanaUnknown)) {
      if (Objects.requireNonNull(value, "a lab secret is null").isEmpty()) {
        throw new IllegalArgumentException("lab secrets must not be empty");
      }
    }
  }

  /** Deterministic fake values, safe to print: they only open the lab's own simulators. */
  public static LabSecrets fixed() {
    return build(name -> "lab-" + name + "-not-a-real-secret");
  }

  /** Random {@code canary-<name>-<hex>} values, different on every call. */
  public static LabSecrets canaries() {
    return build(name -> {
      byte[] bytes = new byte[8];
      RANDOM.nextBytes(bytes);
      return "canary-" + name + "-" + HexFormat.of().formatHex(bytes);
    });
  }

  /** Every value, for canary checks. */
  public List<String> all() {
    return List.of(v2AllAccess, v2ReadTelegraf, v2Inactive, v2OtherOrg, v2WriteOnly, v2V1Password, v2Unknown,
        v1AdminPassword, v1GrafanaPassword, v1NoGrantsPassword, v1WrongPassword, v3Token, grafanaBot, grafanaExpired,
        grafanaRevoked, grafanaNoRead, grafanaNoQuery, grafanaUnknown);
  }

  private static LabSecrets build(UnaryOperator<String> value) {
    return new LabSecrets(value.apply("influx2-all-access"), value.apply("influx2-read-telegraf"), value.apply("influx2-inactive"),
        value.apply("influx2-other-org"), value.apply("influx2-write-only"), value.apply("influx2-v1-password"),
        value.apply("influx2-unknown"), value.apply("influx1-admin"), value.apply("influx1-grafana"),
        value.apply("influx1-nogrants"), value.apply("influx1-wrong"), value.apply("influx3-token"),
        "glsa_" + value.apply("grafana-bot"), "glsa_" + value.apply("grafana-expired"), "glsa_" + value.apply("grafana-revoked"),
        "glsa_" + value.apply("grafana-no-read"), "glsa_" + value.apply("grafana-no-query"), "glsa_" + value.apply("grafana-unknown"));
  }
}
