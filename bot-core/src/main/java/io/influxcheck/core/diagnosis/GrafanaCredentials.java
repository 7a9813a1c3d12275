package io.influxcheck.core.diagnosis;

import io.influxcheck.config.CustomHeader;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.config.Secret;
import io.influxcheck.core.probe.RequestHeader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The credentials Grafana sends to InfluxDB for one data source, worked out the way Grafana's backend
 * does: Flux sends {@code Authorization: Token <token>}; InfluxQL sends HTTP Basic from
 * {@code basicAuthUser}/{@code basicAuthPassword} when {@code basicAuth} is on, else from
 * {@code user}/{@code password}; SQL sends the token as a Bearer token. Custom headers are added last
 * and replace a header of the same name, so a custom {@code Authorization} header overrides basic auth.
 *
 * @param headers the headers to send
 * @param description scheme and fingerprints, e.g. {@code Token sha256:1f2e3d4c (88 chars)}; never a secret
 * @param source which setting supplied the credential
 * @param hidden true when Grafana holds a secret this run cannot read (settings from Grafana's API)
 */
public record GrafanaCredentials(List<RequestHeader> headers, String description, Source source, boolean hidden) {

  /** Which setting supplied the credential Grafana sends. */
  public enum Source { TOKEN, BASIC_AUTH, USER_PASSWORD, CUSTOM_HEADER, NONE }

  public GrafanaCredentials {
    headers = List.copyOf(headers);
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(source, "source is null");
  }

  public boolean isPresent() {
    return source != Source.NONE;
  }

  /** The token sent with the {@code Token} or {@code Bearer} scheme, from the token setting or a custom header; empty otherwise. */
  public Secret apiToken() {
    for (RequestHeader h : headers) {
      if (h.name().equalsIgnoreCase("Authorization")) {
        String value = h.value().reveal();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space).toLowerCase(Locale.ROOT);
        if (scheme.equals("token") || scheme.equals("bearer")) {
          return Secret.of(value.substring(space + 1));
        }
      }
    }
    return Secret.empty();
  }

  public static GrafanaCredentials of(DataSourceSettings ds) {
    switch (ds.queryLanguage()) {
      case FLUX:
        return withCustomHeaders(ds, token(ds, "Token"));
      case SQL:
        return withCustomHeaders(ds, token(ds, "Bearer"));
      case INFLUXQL:
      default:
        return withCustomHeaders(ds, basic(ds));
    }
  }

  private static GrafanaCredentials token(DataSourceSettings ds, String scheme) {
    if (!ds.token().isEmpty()) {
      return new GrafanaCredentials(
          List.of(new RequestHeader("Authorization", Secret.of(scheme + " " + ds.token().reveal()))),
          scheme + " " + ds.token().describe(), Source.TOKEN, false);
    }
    boolean hidden = ds.hasStoredSecret("token");
    return new GrafanaCredentials(List.of(), hidden ? scheme + " (token stored in Grafana, not readable)" : "none", Source.NONE, hidden);
  }

  private static GrafanaCredentials basic(DataSourceSettings ds) {
    String user = ds.basicAuth() ? ds.basicAuthUser() : ds.user();
    Secret password = ds.basicAuth() ? ds.basicAuthPassword() : ds.password();
    String passwordKey = ds.basicAuth() ? "basicAuthPassword" : "password";
    Source source = ds.basicAuth() ? Source.BASIC_AUTH : Source.USER_PASSWORD;
    if (user.isEmpty() && (!ds.basicAuth() || password.isEmpty())) {
      return new GrafanaCredentials(List.of(), "none", Source.NONE, false);
    }
    if (password.isEmpty() && ds.hasStoredSecret(passwordKey)) {
      return new GrafanaCredentials(List.of(), "Basic user=" + user + " (password stored in Grafana, not readable)", source, true);
    }
    String encoded = Base64.getEncoder().encodeToString((user + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
    return new GrafanaCredentials(
        List.of(new RequestHeader("Authorization", Secret.of("Basic " + encoded))),
        "Basic user=" + user + " password " + password.describe(), source, false);
  }

  private static GrafanaCredentials withCustomHeaders(DataSourceSettings ds, GrafanaCredentials base) {
    if (ds.customHeaders().isEmpty()) {
      return base;
    }
    List<RequestHeader> headers = new ArrayList<>(base.headers);
    String description = base.description;
    Source source = base.source;
    boolean hidden = base.hidden;
    List<String> others = new ArrayList<>();
    for (CustomHeader custom : ds.customHeaders()) {
      boolean unreadable = custom.value().isEmpty() && ds.hasStoredSecret("httpHeaderValue" + custom.index());
      headers.removeIf(h -> h.name().equalsIgnoreCase(custom.name()));
      if (custom.name().equalsIgnoreCase("Authorization")) {
        source = Source.CUSTOM_HEADER;
        hidden = unreadable;
        description = unreadable
            ? "custom header Authorization (value stored in Grafana, not readable)"
            : "custom header Authorization: " + describeAuthorization(custom.value());
      } else {
        others.add(custom.name());
        hidden = hidden || unreadable;
      }
      if (!unreadable) {
        headers.add(new RequestHeader(custom.name(), custom.value()));
      }
    }
    if (!others.isEmpty()) {
      description = description + " + custom headers " + String.join(", ", others);
    }
    return new GrafanaCredentials(headers, description, source, hidden);
  }

  /** {@code Token sha256:… (40 chars)}: the scheme word in clear, the credential as a fingerprint. */
  static String describeAuthorization(Secret value) {
    String raw = value.reveal().strip();
    int space = raw.indexOf(' ');
    if (space < 0) {
      return "(no scheme) " + value.describe();
    }
    return raw.substring(0, space) + " " + Secret.of(raw.substring(space + 1)).describe();
  }
}
