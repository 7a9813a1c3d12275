package io.influxcheck.core.grafana;

import io.influxcheck.core.report.ServerInfo;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Detects the InfluxDB server from the {@code X-Influxdb-Build} and {@code X-Influxdb-Version} headers
 * of {@code GET /ping}, which InfluxDB 1.x and 2.x answer without credentials (3.x answers 200 with
 * build {@code Core} when its ping is exempt from auth).
 */
public final class PingServerDetector implements ServerDetector {
  private final OkHttpClient http;

  public PingServerDetector(Duration timeout) {
    this.http = new OkHttpClient.Builder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
        .followRedirects(false).retryOnConnectionFailure(false).build();
  }

  @Override
  public ServerInfo detect(String influxUrl) {
    HttpUrl url = HttpUrl.parse(influxUrl.endsWith("/") ? influxUrl + "ping" : influxUrl + "/ping");
    if (url == null) {
      return ServerInfo.unknown();
    }
    try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      return describe(response.header("X-Influxdb-Build", ""), response.header("X-Influxdb-Version", ""));
    } catch (IOException e) {
      return ServerInfo.unknown();
    }
  }

  /** The product name for the headers, e.g. {@code InfluxDB 2.x OSS}; unknown without a version header. */
  static ServerInfo describe(String build, String version) {
    if (version == null || version.isBlank()) {
      return ServerInfo.unknown();
    }
    String bare = version.startsWith("v") ? version.substring(1) : version;
    if ("Core".equalsIgnoreCase(build) || "Enterprise".equalsIgnoreCase(build) || bare.startsWith("3.")) {
      return new ServerInfo("InfluxDB 3 " + (build.isBlank() ? "Core" : build), version);
    }
    if (bare.startsWith("1.")) {
      return new ServerInfo("InfluxDB 1.x", version);
    }
    if (bare.startsWith("2.")) {
      return new ServerInfo("InfluxDB 2.x " + (build.isBlank() ? "OSS" : build), version);
    }
    return new ServerInfo("InfluxDB", version);
  }
}
