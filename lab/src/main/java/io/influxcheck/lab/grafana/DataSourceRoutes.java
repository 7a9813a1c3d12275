package io.influxcheck.lab.grafana;

import io.influxcheck.lab.http.SimResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code GET /api/datasources}, {@code GET /api/datasources/uid/:uid|name/:name}, {@code PUT /api/datasources/uid/:uid}. */
final class DataSourceRoutes {
  private final GrafanaState state;

  DataSourceRoutes(GrafanaState state) {
    this.state = state;
  }

  SimResponse list() {
    List<Object> items = new ArrayList<>();
    state.dataSources().forEach(ds -> items.add(DataSourceJson.listItem(ds)));
    return GrafanaResponse.json(200, items);
  }

  SimResponse byUid(String uid) {
    return state.dataSource(uid)
        .map(ds -> GrafanaResponse.json(200, DataSourceJson.dataSource(ds)))
        .orElseGet(DataSourceRoutes::notFound);
  }

  SimResponse byName(String name) {
    return state.dataSources().stream().filter(ds -> ds.name().equals(name)).findFirst()
        .map(ds -> GrafanaResponse.json(200, DataSourceJson.dataSource(ds)))
        .orElseGet(DataSourceRoutes::notFound);
  }

  SimResponse update(String uid, String body) {
    DataSourceUpdate.Result result = DataSourceUpdate.apply(state, uid, body);
    if (result instanceof DataSourceUpdate.Refused) {
      return ((DataSourceUpdate.Refused) result).response();
    }
    GrafanaDataSource updated = ((DataSourceUpdate.Updated) result).dataSource();
    return GrafanaResponse.json(200, new java.util.TreeMap<>(Map.of(
        "datasource", DataSourceJson.dataSource(updated),
        "id", updated.id(),
        "message", "Datasource updated",
        "name", updated.name())));
  }

  /** Grafana's {@code response.Error(404, "Data source not found", nil)}: no traceID because err is nil. */
  static SimResponse notFound() {
    return GrafanaResponse.message(404, "Data source not found");
  }
}
