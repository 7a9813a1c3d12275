package io.influxcheck.core.probe;

import io.influxcheck.config.Secret;
import java.util.Objects;

/** A header to send; the value is a {@link Secret} because it is usually a credential. */
public record RequestHeader(String name, Secret value) {
  public RequestHeader {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(value, "value is null");
  }

}
