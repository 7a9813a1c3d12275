package io.influxcheck.lab.grafana;

import io.influxcheck.config.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders stored data sources as Grafana's DTOs (facts E.3): struct fields in declaration order, Go maps
 * ({@code jsonData}, {@code secureJsonFields}) with sorted keys. Secret values are never rendered.
 */
final class DataSourceJson {
  static final String INFLUXDB_LOGO = "public/app/plugins/datasource/influxdb/img/influxdb_logo.svg";

  private DataSourceJson() {}

  /** {@code dtos.DataSource}, as {@code GET /api/datasources/uid/:uid} returns it. */
  static Map<String, Object> dataSource(GrafanaDataSource ds) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", ds.id());
    json.put("uid", ds.uid());
    json.put("orgId", ds.orgId());
    json.put("name", ds.name());
    json.put("type", ds.type());
    json.put("typeLogoUrl", logo(ds));
    json.put("access", ds.access());
    json.put("url", ds.url());
    json.put("user", ds.user());
    json.put("database", ds.database());
    json.put("basicAuth", ds.basicAuth());
    json.put("basicAuthUser", ds.basicAuthUser());
    json.put("withCredentials", ds.withCredentials());
    json.put("isDefault", ds.isDefault());
    json.put("jsonData", new TreeMap<>(ds.jsonData()));
    json.put("secureJsonFields", secureJsonFields(ds));
    json.put("version", ds.version());
    json.put("readOnly", ds.readOnly());
    json.put("apiVersion", "");
    return json;
  }

  /** {@code dtos.DataSourceListItemDTO}, one element of {@code GET /api/datasources}. */
  static Map<String, Object> listItem(GrafanaDataSource ds) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", ds.id());
    json.put("uid", ds.uid());
    json.put("orgId", ds.orgId());
    json.put("name", ds.name());
    json.put("type", ds.type());
    json.put("typeName", "influxdb".equals(ds.type()) ? "InfluxDB" : ds.type());
    json.put("typeLogoUrl", logo(ds));
    json.put("access", ds.access());
    json.put("url", ds.url());
    json.put("user", ds.user());
    json.put("database", ds.database());
    json.put("basicAuth", ds.basicAuth());
    json.put("isDefault", ds.isDefault());
    json.put("jsonData", new TreeMap<>(ds.jsonData()));
    json.put("readOnly", ds.readOnly());
    return json;
  }

  /** Names of secrets with a non-empty stored value, each {@code true}. */
  static Map<String, Boolean> secureJsonFields(GrafanaDataSource ds) {
    Map<String, Boolean> fields = new TreeMap<>();
    for (Map.Entry<String, Secret> secret : ds.secureJsonData().entrySet()) {
      if (!secret.getValue().isEmpty()) {
        fields.put(secret.getKey(), true);
      }
    }
    return fields;
  }

  private static String logo(GrafanaDataSource ds) {
    return "influxdb".equals(ds.type()) ? INFLUXDB_LOGO : "public/app/plugins/datasource/" + ds.type() + "/img/logo.svg";
  }
}
