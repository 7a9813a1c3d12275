package io.influxcheck.core.grafana;

import io.influxcheck.config.GrafanaTarget;
import io.influxcheck.config.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How to reach one Grafana instance: its configured name, base URL, the bot's service-account
 * token and TLS options.
 *
 * @param name the instance name from the configuration, e.g. {@code prod}; used in {@code uid@name}
 * @param url base URL without a trailing slash, e.g. {@code https://grafana.example.com}
 * @param token the bot's service-account token ({@code glsa_...}); sent as {@code Authorization: Bearer}
 * @param tls TLS options
 * @param timeout the whole-call timeout of each request
 * @param orgId the organization to act in ({@code X-Grafana-Org-Id}); empty for the token's own
 */
public record GrafanaConnection(String name, String url, Secret token, TlsOptions tls, Duration timeout, OptionalLong orgId) {
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public GrafanaConnection {
    orgId = orgId == null ? OptionalLong.empty() : orgId;
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(url, "url is null");
    url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    token = token == null ? Secret.empty() : token;
    tls = tls == null ? TlsOptions.DEFAULT : tls;
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
  }

  /** A connection in Grafana's default organization. */
  public GrafanaConnection(String name, String url, Secret token, TlsOptions tls, Duration timeout) {
    this(name, url, token, tls, timeout, OptionalLong.empty());
  }

  public static GrafanaConnection of(String name, String url, Secret token) {
    return new GrafanaConnection(name, url, token, TlsOptions.DEFAULT, DEFAULT_TIMEOUT, OptionalLong.empty());
  }

  /** The connection for a {@code grafana:} entry of influx-check.yaml. */
  public static GrafanaConnection from(GrafanaTarget target, Duration timeout) {
    TlsOptions tls = new TlsOptions(target.tls().insecureSkipVerify(), target.tls().caFile().map(Path::toString).orElse(""));
    return new GrafanaConnection(target.name(), target.url().toString(), target.token(), tls, timeout, target.orgId());
  }

  /** The link to a data source's settings page in this Grafana. */
  public String dataSourceLink(String uid) {
    return url + "/connections/datasources/edit/" + uid;
  }

  /** How the bot authenticates, for evidence: the scheme and the token's fingerprint, never the token. */
  public String authDescription() {
    return token.isEmpty() ? "none" : "Bearer " + token.describe();
  }

  /**
   * TLS options for a Grafana behind HTTPS.
   *
   * @param insecureSkipVerify accept any certificate (for self-signed lab setups only)
   * @param caFile a PEM file of CA certificates to trust instead of the JVM's defaults, or empty
   */
  public record TlsOptions(boolean insecureSkipVerify, String caFile) {
    public static final TlsOptions DEFAULT = new TlsOptions(false, "");

    public TlsOptions {
      caFile = caFile == null ? "" : caFile;
    }
  }
}
