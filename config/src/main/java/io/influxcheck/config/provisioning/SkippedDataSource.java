package io.influxcheck.config.provisioning;

import io.influxcheck.config.SettingsOrigin;
import java.util.Objects;

/** A provisioned data source that is not diagnosed because it is not of type {@code influxdb}. */
public record SkippedDataSource(String name, String type, SettingsOrigin origin) {
  public SkippedDataSource {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(origin, "origin is null");
  }
}
