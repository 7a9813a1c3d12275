package io.influxcheck.core.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.QueryLanguage;
import io.influxcheck.config.Secret;
import io.influxcheck.config.SettingsOrigin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Grafana's data-source JSON ({@code GET /api/datasources/uid/:uid}, or an item of
 * {@code GET /api/datasources}) into {@link DataSourceSettings}. Grafana never returns secret values,
 * so every {@link Secret} is empty and {@code secureJsonFields} becomes {@code storedSecrets}.
 */
public final class GrafanaDataSourceReader {
  private static final Pattern HEADER_NAME = Pattern.compile("httpHeaderName(\\d+)");
  private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(token|password|secret|apikey|api_key).*");

  private GrafanaDataSourceReader() { }

  public static DataSourceSettings read(JsonNode json, String grafanaName) {
    JsonNode jsonData = json.path("jsonData");
    String version = GrafanaJson.text(jsonData, "version");
    String database = GrafanaJson.text(jsonData, "dbName");
    return DataSourceSettings.builder(GrafanaJson.text(json, "name"))
        .uid(GrafanaJson.text(json, "uid"))
        .type(GrafanaJson.text(json, "type"))
        .url(GrafanaJson.text(json, "url"))
        .access(GrafanaJson.text(json, "access"))
        .queryLanguage(QueryLanguage.fromGrafana(version).orElse(QueryLanguage.INFLUXQL))
        .rawVersion(version)
        .organization(GrafanaJson.text(jsonData, "organization"))
        .defaultBucket(GrafanaJson.text(jsonData, "defaultBucket"))
        .database(database.isEmpty() ? GrafanaJson.text(json, "database") : database)
        .user(GrafanaJson.text(json, "user"))
        .basicAuth(json.path("basicAuth").asBoolean(false))
        .basicAuthUser(GrafanaJson.text(json, "basicAuthUser"))
        .httpMode(GrafanaJson.text(jsonData, "httpMode"))
        .customHeaders(customHeaders(jsonData))
        .storedSecrets(storedSecrets(json.path("secureJsonFields")))
        .secretsInJsonData(secretsInJsonData(jsonData))
        .tlsSkipVerify(jsonData.path("tlsSkipVerify").asBoolean(false))
        .origin(SettingsOrigin.grafana(grafanaName))
        .build();
  }

  /** True when {@code jsonData.version} is set to something Grafana does not know. */
  public static boolean hasUnknownLanguage(DataSourceSettings settings) {
    return QueryLanguage.fromGrafana(settings.rawVersion()).isEmpty();
  }

  private static List<CustomHeader> customHeaders(JsonNode jsonData) {
    List<CustomHeader> headers = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : jsonData.properties()) {
      Matcher matcher = HEADER_NAME.matcher(field.getKey());
      if (matcher.matches() && field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
        headers.add(new CustomHeader(Integer.parseInt(matcher.group(1)), field.getValue().asText(), Secret.empty()));
      }
    }
    headers.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return headers;
  }

  private static Set<String> storedSecrets(JsonNode secureJsonFields) {
    Set<String> stored = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> field : secureJsonFields.properties()) {
      if (field.getValue().asBoolean(false)) {
        stored.add(field.getKey());
      }
    }
    return stored;
  }

  private static List<String> secretsInJsonData(JsonNode jsonData) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : jsonData.properties()) {
      String key = field.getKey();
      boolean looksSecret = SECRET_KEY.matcher(key).matches() && !key.toLowerCase(Locale.ROOT).startsWith("httpheadername");
      if (looksSecret && field.getValue().isTextual() && !field.getValue().asText().isBlank()) {
        keys.add("jsonData." + key);
      }
    }
    return keys;
  }
}
