package io.influxcheck.core.diagnosis;

import java.util.Locale;
import java.util.Optional;

/**
 * Stable finding codes. The names are public API: JSON output, runbook anchors, button values
 * and golden files depend on them. Never rename one; add a new code instead.
 */
public enum FindingCode {
  // Server
  SERVER_DETECTED(Severity.INFO, RootCause.SERVER, "InfluxDB server detected"),
  INFLUX_UNREACHABLE(Severity.ERROR, RootCause.SERVER, "InfluxDB cannot be reached"),
  INFLUX_TIMEOUT(Severity.ERROR, RootCause.SERVER, "InfluxDB did not answer in time"),
  INFLUX_TLS_ERROR(Severity.ERROR, RootCause.SERVER, "TLS handshake with InfluxDB failed"),
  INFLUX_UNEXPECTED_RESPONSE(Severity.ERROR, RootCause.SERVER, "InfluxDB gave an unexpected response"),
  URL_MISSING(Severity.ERROR, RootCause.CONFIGURATION, "Data source has no usable URL"),
  QUERY_LANGUAGE_UNKNOWN(Severity.ERROR, RootCause.CONFIGURATION, "Unknown query language in jsonData.version"),

  // Cause 1: bad token
  TOKEN_MISSING(Severity.ERROR, RootCause.BAD_TOKEN, "No API token configured"),
  TOKEN_INVALID(Severity.ERROR, RootCause.BAD_TOKEN, "API token rejected by InfluxDB"),
  TOKEN_INACTIVE(Severity.ERROR, RootCause.BAD_TOKEN, "API token is disabled"),

  // Cause 2: permission
  TOKEN_NO_READ_PERMISSION(Severity.ERROR, RootCause.MISSING_PERMISSION, "Token cannot read the bucket"),

  // Cause 3: names
  ORG_MISSING(Severity.ERROR, RootCause.WRONG_ORG_OR_BUCKET, "No organization configured"),
  ORG_NOT_FOUND(Severity.ERROR, RootCause.WRONG_ORG_OR_BUCKET, "Organization does not exist"),
  BUCKET_NOT_FOUND(Severity.ERROR, RootCause.WRONG_ORG_OR_BUCKET, "Bucket does not exist"),

  // Cause 4: version / language
  FLUX_NOT_SUPPORTED(Severity.ERROR, RootCause.QUERY_LANGUAGE_MISMATCH, "Server does not support Flux"),
  FLUX_DISABLED(Severity.ERROR, RootCause.QUERY_LANGUAGE_MISMATCH, "Flux is disabled on this InfluxDB 1.8"),
  INFLUXQL_AUTH_ON_V2(Severity.ERROR, RootCause.QUERY_LANGUAGE_MISMATCH, "InfluxQL user/password rejected by InfluxDB 2.x"),
  DBRP_MISSING(Severity.ERROR, RootCause.QUERY_LANGUAGE_MISMATCH, "Database not mapped to a bucket (DBRP)"),
  SQL_NOT_SUPPORTED(Severity.ERROR, RootCause.QUERY_LANGUAGE_MISMATCH, "Server does not support SQL"),

  // Cause 5: v1 credentials
  V1_CREDENTIALS_MISSING(Severity.ERROR, RootCause.V1_CREDENTIALS, "No InfluxDB user/password configured"),
  V1_BAD_CREDENTIALS(Severity.ERROR, RootCause.V1_CREDENTIALS, "InfluxDB rejected the user or password"),
  V1_NO_READ_PERMISSION(Severity.ERROR, RootCause.V1_CREDENTIALS, "User cannot read the database"),
  V1_DATABASE_NOT_FOUND(Severity.ERROR, RootCause.V1_CREDENTIALS, "Database does not exist"),
  V1_AUTH_DISABLED(Severity.WARN, RootCause.V1_CREDENTIALS, "InfluxDB authentication is disabled"),

  // Configuration hygiene
  SECRET_IN_JSONDATA(Severity.WARN, RootCause.CONFIGURATION, "Secret stored in plain jsonData"),
  SECRET_ENV_UNRESOLVED(Severity.ERROR, RootCause.CONFIGURATION, "Secret references an unset environment variable"),

  QUERY_OK(Severity.INFO, RootCause.NONE, "The query Grafana runs succeeds"),

  // Grafana's side
  GRAFANA_UNREACHABLE(Severity.ERROR, RootCause.GRAFANA, "Grafana cannot be reached"),
  GRAFANA_TOKEN_INVALID(Severity.ERROR, RootCause.GRAFANA, "Grafana rejected the bot's service-account token"),
  GRAFANA_PERMISSION_MISSING(Severity.ERROR, RootCause.GRAFANA, "The bot's service account lacks a Grafana permission"),
  DATASOURCE_NOT_FOUND(Severity.ERROR, RootCause.GRAFANA, "Data source not found in Grafana"),
  GRAFANA_HEALTH_OK(Severity.INFO, RootCause.NONE, "Grafana's health check passes"),
  GRAFANA_HEALTH_FAILED(Severity.ERROR, RootCause.GRAFANA, "Grafana's health check fails"),
  GRAFANA_HEALTH_MISLEADING(Severity.WARN, RootCause.GRAFANA, "Grafana's health check disagrees with the dashboard path"),
  VANTAGE_DISAGREEMENT(Severity.ERROR, RootCause.GRAFANA, "Grafana and a direct probe disagree"),
  PROVISIONING_DRIFT(Severity.WARN, RootCause.CONFIGURATION, "Live settings differ from the provisioning file");

  private final Severity defaultSeverity;
  private final RootCause rootCause;
  private final String summary;

  FindingCode(Severity defaultSeverity, RootCause rootCause, String summary) {
    this.defaultSeverity = defaultSeverity;
    this.rootCause = rootCause;
    this.summary = summary;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public RootCause rootCause() {
    return rootCause;
  }

  /** A generic one-line title; findings usually carry a more specific one. */
  public String summary() {
    return summary;
  }

  /** The runbook anchor: the code in lower case, e.g. {@code token_invalid}. */
  public String anchor() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a code case-insensitively ({@code token_invalid}, {@code TOKEN_INVALID}, {@code token-invalid}). */
  public static Optional<FindingCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalized = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    for (FindingCode code : values()) {
      if (code.name().equals(normalized)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
