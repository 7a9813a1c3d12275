package io.influxcheck.lab.scenario;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.InfluxDiagnoser;
import io.influxcheck.core.probe.ProbeSettings;
import io.influxcheck.core.report.Report;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/** Runs bot-core's diagnoser against the lab simulators; settings builders and report queries. */
final class LabDiagnosis {
  private static final OkHttpClient CLIENT = new OkHttpClient.Builder().proxy(Proxy.NO_PROXY).build();

  private LabDiagnosis() {
  }

  static Report diagnose(DataSourceSettings settings) {
    return diagnoser(Duration.ofSeconds(2), Duration.ofSeconds(6)).diagnose(settings);
  }

  static InfluxDiagnoser diagnoser(Duration timeout, Duration deadline) {
    return InfluxDiagnoser.create(CLIENT, Clock.systemUTC(), new ProbeSettings(timeout, deadline, 256 * 1024));
  }

  static DataSourceSettings.Builder flux(URI url, String org, String bucket, String token) {
    return DataSourceSettings.builder("lab-flux").url(url.toString()).queryLanguage(QueryLanguage.FLUX)
        .organization(org).defaultBucket(bucket).token(token.isEmpty() ? Secret.empty() : Secret.of(token));
  }

  static DataSourceSettings.Builder influxql(URI url, String db, String user, String password) {
    return DataSourceSettings.builder("lab-influxql").url(url.toString()).queryLanguage(QueryLanguage.INFLUXQL)
        .database(db).user(user).password(password.isEmpty() ? Secret.empty() : Secret.of(password));
  }

  static DataSourceSettings.Builder sql(URI url, String db, String token) {
    return DataSourceSettings.builder("lab-sql").url(url.toString()).queryLanguage(QueryLanguage.SQL)
        .database(db).token(token.isEmpty() ? Secret.empty() : Secret.of(token));
  }

  static List<FindingCode> codes(Report report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  static Finding finding(Report report, FindingCode code) {
    return report.findings().stream().filter(f -> f.code() == code).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + codes(report)));
  }
}
