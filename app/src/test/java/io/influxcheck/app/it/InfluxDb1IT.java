package io.influxcheck.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import io.influxcheck.app.CoreModule;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.console.Ansi;
import io.influxcheck.app.console.JsonRenderer;
import io.influxcheck.app.console.MarkdownRenderer;
import io.influxcheck.app.console.TextRenderer;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The diagnosis, wired as the executable wires it, against a real InfluxDB 1.x (Debian's 1.6.7) with
 * authentication enabled: a reader with READ on a database with data, a user without grants, the admin.
 */
class InfluxDb1IT {
  private static final String DATABASE = "ic_metrics";
  private static final String RUN = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
  private static final String READER = "ic_reader_" + RUN;
  private static final String NO_GRANT = "ic_nogrant_" + RUN;
  private static final String PASSWORD = "canary-" + RUN + "-password";

  private static InfluxDb1Server server;
  private static Diagnoser diagnoser;

  @BeforeAll
  static void setUp() {
    server = InfluxDb1Server.fromEnvironment();
    if (server == null) {
      return;
    }
    server.admin("CREATE DATABASE " + DATABASE);
    server.write(DATABASE, "cpu,host=web-1 usage_idle=97.5");
    server.admin("CREATE USER \"" + READER + "\" WITH PASSWORD '" + PASSWORD + "'");
    server.admin("GRANT READ ON \"" + DATABASE + "\" TO \"" + READER + "\"");
    server.admin("CREATE USER \"" + NO_GRANT + "\" WITH PASSWORD '" + PASSWORD + "'");
    Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Ansi.OFF);
    diagnoser = Guice.createInjector(new CoreModule(terminal, Optional.empty())).getInstance(Diagnoser.class);
  }

  /** Each test is reported as skipped, with the reason, when no server is configured (never in CI). */
  @BeforeEach
  void needsTheServer() {
    Assumptions.assumeTrue(server != null, InfluxDb1Server.SKIP_REASON);
  }

  @AfterAll
  static void tearDown() {
    if (server != null) {
      server.admin("DROP USER \"" + READER + "\"");
      server.admin("DROP USER \"" + NO_GRANT + "\"");
    }
  }

  @Test
  void debianServerIdentifiesItselfAsPinned() {
    InfluxDb1Server.HttpAnswer ping = server.get("/ping");
    assertThat(ping.status()).isEqualTo(204);
    assertThat(ping.version()).contains("1.6.7~rc0");
  }

  @Test
  void fluxEndpointDoesNotExistOnOneSix() {
    InfluxDb1Server.HttpAnswer flux = server.post("/api/v2/query?org=any", "{\"query\":\"buckets()\",\"type\":\"flux\"}");
    assertThat(flux.status()).isEqualTo(404);
    assertThat(flux.body()).isEqualTo("404 page not found\n");
    assertThat(flux.contentType()).startsWith("text/plain");
  }

  @Test
  void readerWithGrantIsHealthy() {
    Report report = diagnoser.diagnose(influxql(READER, PASSWORD, DATABASE));
    assertThat(report.verdict()).as(describe(report)).isEqualTo(Verdict.HEALTHY);
    assertThat(report.server().version()).startsWith("1.6.7");
    assertNoSecret(report);
  }

  @Test
  void wrongPasswordIsBadCredentials() {
    Report report = diagnoser.diagnose(influxql(READER, "canary-wrong-" + RUN, DATABASE));
    assertFinds(report, FindingCode.V1_BAD_CREDENTIALS);
  }

  @Test
  void unknownUserIsBadCredentials() {
    Report report = diagnoser.diagnose(influxql("ic_nobody_" + RUN, PASSWORD, DATABASE));
    assertFinds(report, FindingCode.V1_BAD_CREDENTIALS);
  }

  @Test
  void userWithoutGrantHasNoReadPermission() {
    Report report = diagnoser.diagnose(influxql(NO_GRANT, PASSWORD, DATABASE));
    assertFinds(report, FindingCode.V1_NO_READ_PERMISSION);
  }

  @Test
  void missingDatabaseIsFoundEvenThoughShowMeasurementsPasses() {
    String admin = System.getenv().getOrDefault("INFLUXDB1_ADMIN_USER", "influxcheck-admin");
    String adminPassword = System.getenv().getOrDefault("INFLUXDB1_ADMIN_PASSWORD", "influxcheck-admin-password");
    Report report = diagnoser.diagnose(influxql(admin, adminPassword, "ic_no_such_db_" + RUN));
    assertFinds(report, FindingCode.V1_DATABASE_NOT_FOUND);
  }

  @Test
  void noCredentialsAgainstAnAuthEnabledServer() {
    Report report = diagnoser.diagnose(DataSourceSettings.builder("it-no-credentials").url(server.url())
        .queryLanguage(QueryLanguage.INFLUXQL).database(DATABASE).build());
    assertFinds(report, FindingCode.V1_CREDENTIALS_MISSING);
  }

  @Test
  void fluxAgainstOneSixIsNotSupported() {
    Report report = diagnoser.diagnose(DataSourceSettings.builder("it-flux").url(server.url())
        .queryLanguage(QueryLanguage.FLUX).organization("any").defaultBucket(DATABASE + "/autogen")
        .token(Secret.of(READER + ":" + PASSWORD)).storedSecrets(java.util.Set.of("token")).build());
    assertFinds(report, FindingCode.FLUX_NOT_SUPPORTED);
  }

  @Test
  void everyRendererShowsTheRealFindingWithoutThePassword() {
    Report report = diagnoser.diagnose(influxql(NO_GRANT, PASSWORD, DATABASE));
    String text = new TextRenderer(Ansi.OFF).render(List.of(report));
    String json = new JsonRenderer().render(List.of(report));
    String markdown = new MarkdownRenderer().render(List.of(report));
    assertThat(text).contains("V1_NO_READ_PERMISSION").contains("requires READ on " + DATABASE);
    assertThat(json).contains("\"code\": \"V1_NO_READ_PERMISSION\"");
    assertThat(markdown).contains("`V1_NO_READ_PERMISSION`");
    assertThat(text + json + markdown).doesNotContain(PASSWORD);
  }

  private static DataSourceSettings influxql(String user, String password, String database) {
    return DataSourceSettings.builder("it-" + user).url(server.url()).queryLanguage(QueryLanguage.INFLUXQL)
        .database(database).user(user).password(Secret.of(password)).storedSecrets(java.util.Set.of("password")).build();
  }

  private static void assertFinds(Report report, FindingCode code) {
    assertThat(report.verdict()).as(describe(report)).isEqualTo(Verdict.UNHEALTHY);
    assertThat(report.findings()).as(describe(report)).anyMatch(f -> f.code() == code);
    assertNoSecret(report);
  }

  private static void assertNoSecret(Report report) {
    assertThat(report.toString()).doesNotContain(PASSWORD).doesNotContain("canary-wrong-");
  }

  private static String describe(Report report) {
    return report.verdict() + " " + report.findings().stream().map(f -> f.code() + ": " + f.title()).toList();
  }
}
