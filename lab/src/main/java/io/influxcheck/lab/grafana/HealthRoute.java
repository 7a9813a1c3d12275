package io.influxcheck.lab.grafana;

import io.influxcheck.lab.http.SimResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ANY /api/datasources/uid/:uid/health} ({@code pkg/api/datasources.go checkDatasourceHealth},
 * facts D.4): counts the call, waits at the test's {@link HealthGate} if one is set, then runs the
 * plugin's health check against the data source's InfluxDB with the stored secrets.
 */
final class HealthRoute {
  /** {@code util.IsValidShortUID}. */
  private static final Pattern VALID_UID = Pattern.compile("[a-zA-Z0-9\\-_]{1,40}");

  private final GrafanaState state;
  private final HealthCheck healthCheck;

  HealthRoute(GrafanaState state, HealthCheck healthCheck) {
    this.state = state;
    this.healthCheck = healthCheck;
  }

  SimResponse check(String uid) throws InterruptedException {
    if (!VALID_UID.matcher(uid).matches()) {
      return GrafanaResponse.message(400, "UID is invalid");
    }
    state.countHealthCall(uid);
    Optional<HealthGate> gate = state.healthGate();
    if (gate.isPresent()) {
      gate.get().pass();
    }
    Optional<GrafanaDataSource> ds = state.dataSource(uid);
    if (ds.isEmpty()) {
      return GrafanaResponse.messageWithTrace(500, "Unable to load datasource metadata");
    }
    HealthCheck.Result result = healthCheck.check(ds.get(), state.upstreamTimeout());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", result.message());
    body.put("status", result.ok() ? "OK" : "ERROR");
    return GrafanaResponse.json(result.ok() ? 200 : 400, body);
  }
}
