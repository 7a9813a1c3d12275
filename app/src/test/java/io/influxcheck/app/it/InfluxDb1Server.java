package io.influxcheck.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The real InfluxDB 1.x the integration tests run against ({@code INFLUXDB1_URL}, started by .ci/run or
 * {@code scripts/influxdb1.sh start}): admin set-up through its own HTTP API. Loopback only.
 */
final class InfluxDb1Server {
  record HttpAnswer(int status, String body, Optional<String> version, String contentType) { }

  private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
  private final String url;
  private final String adminUser;
  private final String adminPassword;

  private InfluxDb1Server(String url, String adminUser, String adminPassword) {
    this.url = url;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  static final String SKIP_REASON =
      "INFLUXDB1_URL is not set: start a real InfluxDB 1.x with eval \"$(scripts/influxdb1.sh start)\"";

  /** The server from the environment; null (tests skip) outside CI when none is set, a failure in CI. */
  static InfluxDb1Server fromEnvironment() {
    String url = System.getenv("INFLUXDB1_URL");
    if (url == null || url.isBlank()) {
      if (System.getenv("CI") != null) {
        fail(SKIP_REASON + " (CI is set, so .ci/run must start it; not skipping)");
      }
      return null;
    }
    String host = URI.create(url).getHost();
    assertThat(host).as("integration tests only talk to loopback").isIn("127.0.0.1", "localhost", "::1", "[::1]");
    String user = System.getenv().getOrDefault("INFLUXDB1_ADMIN_USER", "influxcheck-admin");
    String password = System.getenv().getOrDefault("INFLUXDB1_ADMIN_PASSWORD", "influxcheck-admin-password");
    InfluxDb1Server server = new InfluxDb1Server(url.replaceAll("/+$", ""), user, password);
    server.ensureAdmin();
    return server;
  }

  String url() {
    return url;
  }

  /** Creates the admin as the first user; when one exists already, checks the configured admin works. */
  private void ensureAdmin() {
    HttpAnswer create = query(null, "CREATE USER \"" + adminUser + "\" WITH PASSWORD '" + adminPassword + "' WITH ALL PRIVILEGES");
    if (create.status() == 200) {
      return;
    }
    HttpAnswer check = query(adminUser, "SHOW USERS");
    if (check.status() != 200) {
      fail("InfluxDB at " + url + " already has an admin, and INFLUXDB1_ADMIN_USER/INFLUXDB1_ADMIN_PASSWORD ("
          + adminUser + ") do not work: " + check.status() + " " + check.body());
    }
  }

  /** Runs a statement as admin (or without credentials when {@code user} is null) and fails on a statement error. */
  HttpAnswer admin(String statement) {
    HttpAnswer answer = query(adminUser, statement);
    if (answer.status() != 200 || answer.body().contains("\"error\"")) {
      fail("InfluxDB refused `" + statement.replaceAll("PASSWORD '[^']*'", "PASSWORD '***'") + "`: "
          + answer.status() + " " + answer.body());
    }
    return answer;
  }

  void write(String database, String lineProtocol) {
    HttpUrl target = HttpUrl.get(url + "/write").newBuilder().addQueryParameter("db", database).build();
    Request request = new Request.Builder().url(target)
        .header("Authorization", Credentials.basic(adminUser, adminPassword))
        .post(RequestBody.create(lineProtocol, MediaType.get("text/plain"))).build();
    HttpAnswer answer = call(request);
    assertThat(answer.status()).as("write to %s: %s", database, answer.body()).isEqualTo(204);
  }

  HttpAnswer get(String path) {
    return call(new Request.Builder().url(url + path).get().build());
  }

  HttpAnswer post(String path, String json) {
    return call(new Request.Builder().url(url + path).post(RequestBody.create(json, MediaType.get("application/json"))).build());
  }

  private HttpAnswer query(String user, String statement) {
    Request.Builder request = new Request.Builder().url(url + "/query")
        .post(new FormBody.Builder().add("q", statement).build());
    if (user != null) {
      request.header("Authorization", Credentials.basic(user, adminPassword));
    }
    return call(request.build());
  }

  private HttpAnswer call(Request request) {
    try (Response response = http.newCall(request).execute()) {
      return new HttpAnswer(response.code(), response.body().string(), Optional.ofNullable(response.header("X-Influxdb-Version")),
          String.valueOf(response.header("Content-Type")));
    } catch (IOException e) {
      throw new AssertionError("InfluxDB at " + url + " did not answer " + request.method() + " " + request.url().encodedPath(), e);
    }
  }
}
