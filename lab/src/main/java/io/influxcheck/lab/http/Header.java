package io.influxcheck.lab.http;

import java.util.Objects;

/** One response or request header, kept in the order it was added. */
public record Header(String name, String value) {
  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
