package io.influxcheck.config;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Direct InfluxDB credentials for one data source ({@code datasources:} list entry), so the bot can
 * probe InfluxDB itself when Grafana, which never returns stored secrets, is its only other source.
 *
 * @param match which data source these credentials belong to
 * @param url overrides the data source's URL (e.g. when the bot reaches InfluxDB by another name)
 * @param token an InfluxDB 2.x/3.x token; empty when not given
 * @param user an InfluxDB 1.x user; empty when not given
 * @param password that user's password; empty when not given
 */
public record DataSourceCredentials(Match match, Optional<URI> url, Secret token, String user, Secret password) {
  public DataSourceCredentials {
    Objects.requireNonNull(match, "match is null");
    Objects.requireNonNull(url, "url is null");
    Objects.requireNonNull(token, "token is null");
    user = user == null ? "" : user;
    Objects.requireNonNull(password, "password is null");
  }

  public boolean matches(DataSourceSettings settings) {
    return match.matches(settings);
  }

  /** Whether {@link Match#value()} is a uid or a name. */
  public enum MatchBy { UID, NAME }

  /** A data source selected by uid (exact) or by name (case-insensitive). */
  public record Match(MatchBy by, String value) {
    public Match {
      Objects.requireNonNull(by, "by is null");
      Objects.requireNonNull(value, "value is null");
    }

    public boolean matches(DataSourceSettings settings) {
      return by == MatchBy.UID
          ? value.equals(settings.uid())
          : value.toLowerCase(Locale.ROOT).equals(settings.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return (by == MatchBy.UID ? "uid " : "name ") + value;
    }
  }
}
