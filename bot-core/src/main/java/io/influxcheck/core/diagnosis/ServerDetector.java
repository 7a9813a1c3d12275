package io.influxcheck.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import io.influxcheck.core.probe.FailureKind;
import io.influxcheck.core.probe.HttpExchange;
import io.influxcheck.core.probe.ProbeRequest;
import io.influxcheck.core.probe.ProbeResult;
import io.influxcheck.core.report.ServerInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Identifies the server from {@code GET /ping} and {@code GET /health}: the {@code X-Influxdb-Version}
 * and {@code X-Influxdb-Build} headers (1.x, 2.x and 3.x), the 3.x {@code /ping} JSON, the 3.x
 * {@code 401} body, and the shape of {@code /health} when the version header says {@code dev}.
 */
final class ServerDetector {
  static final String THREE_UNAUTHENTICATED = "the request was not authenticated";

  static ProbeRequest ping() {
    return ProbeRequest.get("/ping");
  }

  static ProbeRequest health() {
    return ProbeRequest.get("/health");
  }

  Detection detect(ProbeResult ping, ProbeResult health) {
    List<Evidence> evidence = List.of(ping.evidence(), health.evidence());
    List<HttpExchange> answers = new ArrayList<>();
    for (ProbeResult r : List.of(ping, health)) {
      if (r instanceof ProbeResult.Answered) {
        answers.add(((ProbeResult.Answered) r).exchange());
      }
    }
    if (answers.isEmpty()) {
      FailureKind kind = ((ProbeResult.TransportFailure) ping).kind();
      return new Detection(false, kind, ServerKind.UNKNOWN, ServerInfo.unknown(), evidence);
    }
    HttpExchange pingAnswer = ping instanceof ProbeResult.Answered ? ((ProbeResult.Answered) ping).exchange() : null;
    HttpExchange healthAnswer = health instanceof ProbeResult.Answered ? ((ProbeResult.Answered) health).exchange() : null;
    return new Detection(true, null, kindOf(pingAnswer, healthAnswer, answers), infoOf(pingAnswer, healthAnswer, answers), evidence);
  }

  private static ServerKind kindOf(HttpExchange ping, HttpExchange health, List<HttpExchange> answers) {
    String build = firstHeader(answers, "x-influxdb-build").toLowerCase(Locale.ROOT);
    if (build.equals("core") || build.equals("enterprise") || threePing(ping) != null || isThreeUnauthenticated(ping)) {
      return ServerKind.V3;
    }
    int major = Versions.major(firstHeader(answers, "x-influxdb-version"));
    if (major == 1) {
      return ServerKind.V1;
    }
    if (major == 2) {
      return ServerKind.V2;
    }
    if (major == 3) {
      return ServerKind.V3;
    }
    JsonNode healthJson = health == null ? null : Json.object(health.body());
    boolean influxHealth = healthJson != null && "influxdb".equals(healthJson.path("name").asText());
    if (influxHealth) {
      return healthJson.has("commit") ? ServerKind.V2 : ServerKind.V1;
    }
    if (build.equals("oss") && ping != null && ping.status() == 204) {
      return health != null && health.status() == 404 ? ServerKind.V1 : ServerKind.UNKNOWN;
    }
    return ServerKind.UNKNOWN;
  }

  private static ServerInfo infoOf(HttpExchange ping, HttpExchange health, List<HttpExchange> answers) {
    ServerKind kind = kindOf(ping, health, answers);
    JsonNode three = threePing(ping);
    String version = firstHeader(answers, "x-influxdb-version");
    if (three != null) {
      String product = three.path("product_name").asText("InfluxDB 3");
      return new ServerInfo(product, three.path("version").asText(version));
    }
    JsonNode healthJson = health == null ? null : Json.object(health.body());
    if (version.isEmpty() && healthJson != null) {
      version = healthJson.path("version").asText("");
    }
    String build = firstHeader(answers, "x-influxdb-build");
    switch (kind) {
      case V1:
        return new ServerInfo("InfluxDB 1.x" + (build.isEmpty() ? "" : " " + build), version);
      case V2:
        return new ServerInfo("InfluxDB 2.x" + (build.isEmpty() ? "" : " " + build), version);
      case V3:
        return new ServerInfo(build.isEmpty() ? "InfluxDB 3" : "InfluxDB 3 " + build, version);
      case UNKNOWN:
      default:
        return ServerInfo.unknown();
    }
  }

  /** The 3.x {@code /ping} JSON ({@code product_name}, {@code version}), or null. */
  private static JsonNode threePing(HttpExchange ping) {
    if (ping == null || ping.status() != 200) {
      return null;
    }
    JsonNode node = Json.object(ping.body());
    return node != null && node.has("product_name") ? node : null;
  }

  private static boolean isThreeUnauthenticated(HttpExchange ping) {
    return ping != null && ping.status() == 401 && ErrorBody.parse(ping.body()).says(THREE_UNAUTHENTICATED);
  }

  private static String firstHeader(List<HttpExchange> answers, String name) {
    for (HttpExchange e : answers) {
      if (!e.header(name).isEmpty()) {
        return e.header(name);
      }
    }
    return "";
  }
}
