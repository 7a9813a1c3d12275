package io.influxcheck.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to trust a Grafana server's certificate.
 *
 * @param insecureSkipVerify accept any certificate (a lab only; reported as a warning by the CLI)
 * @param caFile a PEM file of extra CA certificates, resolved against the config file's folder
 */
public record TlsSettings(boolean insecureSkipVerify, Optional<Path> caFile) {
  public static final TlsSettings DEFAULTS = new TlsSettings(false, Optional.empty());

  public TlsSettings {
    Objects.requireNonNull(caFile, "caFile is null");
  }
}
