package io.influxcheck.config;

import java.util.Objects;

/**
 * A custom HTTP header of a data source ({@code jsonData.httpHeaderName<N>} with
 * {@code secureJsonData.httpHeaderValue<N>}). The value is a {@link Secret}: it is usually
 * {@code Authorization: Token ...}. The value is empty when only Grafana knows it.
 */
public record CustomHeader(int index, String name, Secret value) {
  public CustomHeader {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(value, "value is null");
  }
}
