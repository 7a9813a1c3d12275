package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.config.Secret;
import io.influxcheck.lab.http.SimResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PUT /api/datasources/uid/:uid} ({@code UpdateDataSourceCommand}, facts E.3): the body replaces
 * every plain field (as in Grafana, a client sends back the whole data source); {@code secureJsonData}
 * is merged, so secrets absent from the body keep their stored values ({@code fillWithSecureJSONData});
 * a read-only (provisioned) source is refused; a stale non-zero {@code version} conflicts.
 */
final class DataSourceUpdate {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private DataSourceUpdate() {}

  sealed interface Result permits Updated, Refused {}

  record Updated(GrafanaDataSource dataSource) implements Result {}

  record Refused(SimResponse response) implements Result {}

  static Result apply(GrafanaState state, String uid, String body) {
    JsonNode cmd;
    try {
      cmd = MAPPER.readTree(body);
    } catch (Exception malformed) {
      cmd = null;
    }
    // binding:"Required" on name, type and access; any bind failure is "bad request data".
    if (cmd == null || !cmd.isObject() || blank(cmd, "name") || blank(cmd, "type") || blank(cmd, "access")
        || (cmd.has("jsonData") && !cmd.get("jsonData").isObject() && !cmd.get("jsonData").isNull())
        || (cmd.has("secureJsonData") && !cmd.get("secureJsonData").isObject() && !cmd.get("secureJsonData").isNull())) {
      return new Refused(GrafanaResponse.messageWithTrace(400, "bad request data"));
    }
    synchronized (state.lock()) {
      GrafanaDataSource existing = state.dataSourcesLocked().get(uid);
      if (existing == null) {
        return new Refused(DataSourceRoutes.notFound());
      }
      if (existing.readOnly()) {
        return new Refused(GrafanaResponse.message(403, "Cannot update read-only data source"));
      }
      String url = cmd.path("url").asText("");
      if (!validUrl(url)) {
        return new Refused(GrafanaResponse.messageWithTrace(400, "Validation error, invalid URL"));
      }
      long version = cmd.path("version").asLong(0);
      if (version != 0 && version < existing.version()) {
        return new Refused(GrafanaResponse.messageWithTrace(409,
            "Datasource has already been updated by someone else. Please reload and try again"));
      }
      String name = cmd.get("name").asText();
      boolean clash = state.dataSourcesLocked().values().stream()
          .anyMatch(other -> !other.uid().equals(uid) && other.name().equals(name));
      if (clash) {
        return new Refused(GrafanaResponse.messageWithTrace(409,
            "Failed to update datasource: data source with the same name already exists"));
      }
      GrafanaDataSource updated = merged(existing, cmd, url);
      state.replaceLocked(updated);
      return new Updated(updated);
    }
  }

  private static GrafanaDataSource merged(GrafanaDataSource existing, JsonNode cmd, String url) {
    Map<String, Object> jsonData = new LinkedHashMap<>();
    cmd.path("jsonData").fields().forEachRemaining(e -> jsonData.put(e.getKey(), plain(e.getValue())));
    Map<String, Secret> secrets = new LinkedHashMap<>(existing.secureJsonData());
    cmd.path("secureJsonData").fields().forEachRemaining(e -> secrets.put(e.getKey(), Secret.of(e.getValue().asText(""))));
    return new GrafanaDataSource(existing.id(), existing.uid(), existing.orgId(), cmd.get("name").asText(),
        cmd.get("type").asText(), cmd.get("access").asText(), url, cmd.path("user").asText(""),
        cmd.path("database").asText(""), cmd.path("basicAuth").asBoolean(false), cmd.path("basicAuthUser").asText(""),
        cmd.path("withCredentials").asBoolean(false), cmd.path("isDefault").asBoolean(false), jsonData, secrets,
        existing.readOnly(), existing.version() + 1);
  }

  private static Object plain(JsonNode value) {
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isNumber()) {
      return value.asDouble();
    }
    return value.isValueNode() ? value.asText() : MAPPER.convertValue(value, Object.class);
  }

  /** Grafana's {@code datasource.ValidateURL}: empty is fine, a missing scheme gets {@code http://}, then it must parse. */
  private static boolean validUrl(String url) {
    if (url.isEmpty()) {
      return true;
    }
    String withScheme = url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") ? url : "http://" + url;
    try {
      new URI(withScheme);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean blank(JsonNode cmd, String field) {
    return cmd.path(field).asText("").isBlank();
  }
}
