package io.influxcheck.core.grafana;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.ServerInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Classifies the messages of Grafana's InfluxDB data source (health check and {@code /api/ds/query}
 * errors) into root-cause codes. Grafana embeds InfluxDB's own error text, wrapped per mode: Flux
 * {@code "<code>: <message> error reading buckets"}, InfluxQL
 * {@code "InfluxDB returned error: <text> error reading influxDB"}, SQL {@code "ERROR: <err>"}
 * (see the facts file, sections D.3 and G).
 */
public final class HealthMessageClassifier {
  private record Rule(Predicate<Context> when, FindingCode code) { }

  private record Context(String text, String lower, QueryLanguage language, InfluxGeneration server) {
    boolean has(String fragment) {
      return lower.contains(fragment.toLowerCase(Locale.ROOT));
    }

    /** 1.x/2.x {@code database not found: db}, 3.x {@code Database db not found}. */
    boolean databaseNotFound() {
      return has("database not found") || lower.matches("(?s).*database \\S+ not found.*");
    }
  }

  private static final List<Rule> RULES = List.of(
      new Rule(c -> c.has("missing organization in datasource configuration") || c.has("provide either orgID or org"), FindingCode.ORG_MISSING),
      new Rule(c -> c.has("missing URL from datasource configuration"), FindingCode.URL_MISSING),
      new Rule(c -> c.has("unknown influx version"), FindingCode.QUERY_LANGUAGE_UNKNOWN),
      new Rule(c -> c.has("x509:") || c.has("tls:") || c.has("certificate signed by unknown authority"), FindingCode.INFLUX_TLS_ERROR),
      new Rule(c -> c.has("context deadline exceeded") || c.has("client.timeout") || c.has("i/o timeout"), FindingCode.INFLUX_TIMEOUT),
      new Rule(c -> c.has("connection refused") || c.has("no such host") || c.has("no route to host")
          || c.has("network is unreachable") || c.has("dial tcp"), FindingCode.INFLUX_UNREACHABLE),
      new Rule(c -> c.has("organization name \"") && c.has("not found") || c.has("organization not found"), FindingCode.ORG_NOT_FOUND),
      new Rule(c -> c.has("could not find bucket") || c.lower.matches("(?s).*bucket \".*\" not found.*"), FindingCode.BUCKET_NOT_FOUND),
      new Rule(c -> c.has("token is inactive") || c.has("user is inactive"), FindingCode.TOKEN_INACTIVE),
      new Rule(c -> c.has("flux query service disabled"), FindingCode.FLUX_DISABLED),
      new Rule(c -> c.has("not authorized to execute statement") || c.has("requires read on"), FindingCode.V1_NO_READ_PERMISSION),
      new Rule(c -> c.has("is unauthorized") || c.has("requestor is forbidden") || c.has("error getting flux query buckets"),
          FindingCode.TOKEN_NO_READ_PERMISSION),
      new Rule(c -> c.language == QueryLanguage.FLUX && c.has("404 Not Found"), FindingCode.FLUX_NOT_SUPPORTED),
      new Rule(c -> c.language == QueryLanguage.SQL && (c.has("unimplemented") || c.has("unknown service")), FindingCode.SQL_NOT_SUPPORTED),
      new Rule(c -> c.has("authorization failed"), FindingCode.V1_BAD_CREDENTIALS),
      new Rule(c -> c.has("unable to parse authentication credentials") || c.has("username required"), FindingCode.V1_CREDENTIALS_MISSING),
      new Rule(c -> c.text.contains("InfluxDB returned error: Unauthorized")
          || c.text.contains("InfluxDB returned error:  error reading influxDB"), FindingCode.INFLUXQL_AUTH_ON_V2),
      new Rule(c -> c.has("unauthorized access") && c.language == QueryLanguage.INFLUXQL, FindingCode.V1_CREDENTIALS_MISSING),
      new Rule(c -> c.has("unauthorized access") || c.has("the request was not authenticated") || c.has("unauthenticated"),
          FindingCode.TOKEN_INVALID),
      new Rule(c -> c.databaseNotFound() && c.server == InfluxGeneration.V2, FindingCode.DBRP_MISSING),
      new Rule(c -> c.databaseNotFound() || c.has("database name required"), FindingCode.V1_DATABASE_NOT_FOUND),
      new Rule(c -> c.has("status code 401") || c.has("status code : 401") || c.has("401 unauthorized"),
          FindingCode.TOKEN_INVALID));

  private HealthMessageClassifier() { }

  /**
   * The root cause behind a failure message, or empty when the message is not recognised.
   *
   * @param language the data source's query language (the same InfluxDB text means different things per mode)
   * @param server the InfluxDB server when detected, else {@link ServerInfo#unknown()}
   */
  public static Optional<FindingCode> classify(String message, QueryLanguage language, ServerInfo server) {
    if (message == null || message.isBlank()) {
      return Optional.empty();
    }
    Context context = new Context(message, message.toLowerCase(Locale.ROOT), language, InfluxGeneration.of(server));
    FindingCode code = null;
    for (Rule rule : RULES) {
      if (rule.when.test(context)) {
        code = rule.code;
        break;
      }
    }
    if (code == FindingCode.V1_BAD_CREDENTIALS && language == QueryLanguage.INFLUXQL && context.server == InfluxGeneration.V3) {
      code = FindingCode.TOKEN_INVALID;
    }
    return Optional.ofNullable(code);
  }

  /** True for Grafana's passing InfluxQL health message that found nothing ("0 measurements found"). */
  public static boolean isEmptyPass(String message) {
    return message != null && message.contains("datasource is working. 0 measurements found");
  }

  /** InfluxDB's own text inside Grafana's wrapping, for titles; the message itself when not wrapped. */
  public static String influxText(String message) {
    String text = message == null ? "" : message.strip();
    if (text.startsWith("InfluxDB returned error:")) {
      text = text.substring("InfluxDB returned error:".length()).strip();
    }
    for (String suffix : List.of("error reading influxDB", "error reading buckets", "error performing flux query",
        "error performing influxQL query", "error performing sql query")) {
      if (text.endsWith(suffix)) {
        text = text.substring(0, text.length() - suffix.length()).strip();
      }
    }
    return text.isEmpty() ? (message == null ? "" : message.strip()) : text;
  }
}
