package io.influxcheck.core.report;

import io.influxcheck.config.QueryLanguage;
import java.util.Objects;

/**
 * Identifies a data source in reports and buttons.
 *
 * @param name data-source name
 * @param uid data-source uid (empty for a provisioning entry without one)
 * @param url InfluxDB URL as configured (never contains credentials)
 * @param queryLanguage Flux, InfluxQL or SQL
 * @param grafana the configured Grafana instance name it was found in, empty when from a file
 * @param link URL of the data source's page in Grafana, empty when unknown
 */
public record DataSourceRef(String name, String uid, String url, QueryLanguage queryLanguage, String grafana, String link) {
  public DataSourceRef {
    Objects.requireNonNull(name, "name is null");
    uid = uid == null ? "" : uid;
    url = url == null ? "" : url;
    Objects.requireNonNull(queryLanguage, "queryLanguage is null");
    grafana = grafana == null ? "" : grafana;
    link = link == null ? "" : link;
  }

  /** {@code uid@grafana}, or the name when there is no uid or Grafana: enough to find it again. */
  public String key() {
    String id = uid.isEmpty() ? name : uid;
    return grafana.isEmpty() ? id : id + "@" + grafana;
  }
}
