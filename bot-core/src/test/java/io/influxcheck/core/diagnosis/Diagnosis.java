package io.influxcheck.core.diagnosis;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.report.Report;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/** Test helpers: a diagnoser with short limits, data-source settings, and report queries. */
final class Diagnosis {
  static final OkHttpClient CLIENT = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build();

  private Diagnosis() {
  }

  static InfluxDiagnoser diagnoser() {
    return diagnoser(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  static InfluxDiagnoser diagnoser(Duration timeout, Duration deadline) {
    return InfluxDiagnoser.create(CLIENT, Clock.systemUTC(), new ProbeSettings(timeout, deadline, 64 * 1024));
  }

  static DataSourceSettings.Builder flux(String url, String token) {
    return DataSourceSettings.builder("influx-prod").uid("P951FEA4DE68E13C5").url(url).queryLanguage(QueryLanguage.FLUX)
        .organization("myorg").defaultBucket("telegraf").token(token.isEmpty() ? Secret.empty() : Secret.of(token, "${INFLUX_TOKEN}"));
  }

  static DataSourceSettings.Builder influxql(String url, String user, String password) {
    return DataSourceSettings.builder("influx-v1").url(url).queryLanguage(QueryLanguage.INFLUXQL).database("telegraf")
        .user(user).password(password.isEmpty() ? Secret.empty() : Secret.of(password, "${INFLUX_PASSWORD}"));
  }

  static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  static Finding finding(Report report, FindingCode code) {
    return report.findings().stream().filter(f -> f.code() == code).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + codes(report)));
  }
}
