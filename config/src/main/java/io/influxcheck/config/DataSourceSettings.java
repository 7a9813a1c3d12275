package io.influxcheck.config;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settings of one Grafana InfluxDB data source, as Grafana would use them: read from a
 * provisioning file or from Grafana's API ({@code GET /api/datasources/uid/:uid}).
 *
 * <p>Secrets read from a provisioning file carry their values; secrets read from Grafana's API are
 * never returned by Grafana, so their {@link Secret} is empty and {@link #storedSecrets()} (Grafana's
 * {@code secureJsonFields}) tells which ones are set.
 *
 * @param name data-source name
 * @param uid data-source uid, empty when a provisioning file gives none
 * @param type plugin type; only {@code influxdb} is diagnosed
 * @param url InfluxDB base URL, as configured (may be empty: a configuration finding)
 * @param access {@code proxy} (server) or {@code direct} (browser)
 * @param queryLanguage {@code jsonData.version}; InfluxQL when absent
 * @param rawVersion {@code jsonData.version} as written, for messages
 * @param organization {@code jsonData.organization} (Flux)
 * @param defaultBucket {@code jsonData.defaultBucket} (Flux)
 * @param database {@code jsonData.dbName}, falling back to {@code database} (InfluxQL)
 * @param user {@code user} (InfluxQL)
 * @param basicAuth {@code basicAuth}
 * @param basicAuthUser {@code basicAuthUser}
 * @param httpMode {@code jsonData.httpMode}: GET (default) or POST
 * @param customHeaders {@code httpHeaderName<N>} / {@code httpHeaderValue<N>} pairs
 * @param token {@code secureJsonData.token}
 * @param password {@code secureJsonData.password}
 * @param basicAuthPassword {@code secureJsonData.basicAuthPassword}
 * @param storedSecrets names of {@code secureJsonData} keys known to hold a non-empty value
 * @param secretsInJsonData {@code jsonData} keys that hold a secret in plain text (a hygiene finding)
 * @param unresolvedVariables {@code $VAR}/{@code ${VAR}} references that were not set
 * @param tlsSkipVerify {@code jsonData.tlsSkipVerify}
 * @param origin where these settings were read
 */
public record DataSourceSettings(
    String name,
    String uid,
    String type,
    String url,
    String access,
    QueryLanguage queryLanguage,
    String rawVersion,
    String organization,
    String defaultBucket,
    String database,
    String user,
    boolean basicAuth,
    String basicAuthUser,
    String httpMode,
    List<CustomHeader> customHeaders,
    Secret token,
    Secret password,
    Secret basicAuthPassword,
    Set<String> storedSecrets,
    List<String> secretsInJsonData,
    List<String> unresolvedVariables,
    boolean tlsSkipVerify,
    SettingsOrigin origin) {

  private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

  public DataSourceSettings {
    name = orEmpty(name);
    uid = orEmpty(uid);
    type = type == null || type.isBlank() ? "influxdb" : type;
    url = orEmpty(url);
    access = access == null || access.isBlank() ? "proxy" : access;
    Objects.requireNonNull(queryLanguage, "queryLanguage is null");
    rawVersion = orEmpty(rawVersion);
    organization = orEmpty(organization);
    defaultBucket = orEmpty(defaultBucket);
    database = orEmpty(database);
    user = orEmpty(user);
    basicAuthUser = orEmpty(basicAuthUser);
    httpMode = httpMode == null || httpMode.isBlank() ? "GET" : httpMode;
    customHeaders = List.copyOf(customHeaders);
    token = token == null ? Secret.empty() : token;
    password = password == null ? Secret.empty() : password;
    basicAuthPassword = basicAuthPassword == null ? Secret.empty() : basicAuthPassword;
    storedSecrets = Set.copyOf(storedSecrets);
    secretsInJsonData = List.copyOf(secretsInJsonData);
    unresolvedVariables = List.copyOf(unresolvedVariables);
    Objects.requireNonNull(origin, "origin is null");
  }

  /** A builder with Grafana's defaults: InfluxQL, GET, proxy access, no secrets. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.uid = uid; b.type = type; b.url = url; b.access = access; b.queryLanguage = queryLanguage;
    b.rawVersion = rawVersion; b.organization = organization; b.defaultBucket = defaultBucket;
    b.database = database; b.user = user; b.basicAuth = basicAuth; b.basicAuthUser = basicAuthUser;
    b.httpMode = httpMode; b.customHeaders = customHeaders; b.token = token; b.password = password;
    b.basicAuthPassword = basicAuthPassword; b.storedSecrets = storedSecrets;
    b.secretsInJsonData = secretsInJsonData; b.unresolvedVariables = unresolvedVariables;
    b.tlsSkipVerify = tlsSkipVerify; b.origin = origin;
    return b;
  }

  /** True when {@code secureJsonData.<key>} is known to be set (from a file value or Grafana's secureJsonFields). */
  public boolean hasStoredSecret(String key) {
    return storedSecrets.contains(key);
  }

  /** "name (uid)" or just the name, for messages. */
  public String displayName() {
    return uid.isEmpty() ? name : name + " (" + uid + ")";
  }

  /**
   * The record's usual text, except that a {@code user:password@} written into the URL is hidden:
   * Grafana accepts such URLs, and settings are logged and shown in messages.
   */
  @Override
  public String toString() {
    return "DataSourceSettings[name=" + name + ", uid=" + uid + ", type=" + type + ", url=" + redactedUrl()
        + ", access=" + access + ", queryLanguage=" + queryLanguage + ", rawVersion=" + rawVersion
        + ", organization=" + organization + ", defaultBucket=" + defaultBucket + ", database=" + database
        + ", user=" + user + ", basicAuth=" + basicAuth + ", basicAuthUser=" + basicAuthUser
        + ", httpMode=" + httpMode + ", customHeaders=" + customHeaders + ", token=" + token
        + ", password=" + password + ", basicAuthPassword=" + basicAuthPassword
        + ", storedSecrets=" + storedSecrets + ", secretsInJsonData=" + secretsInJsonData
        + ", unresolvedVariables=" + unresolvedVariables + ", tlsSkipVerify=" + tlsSkipVerify
        + ", origin=" + origin + "]";
  }

  /** The URL with any user information replaced by {@code ***}, for messages. */
  public String redactedUrl() {
    return USER_INFO.matcher(url).replaceFirst("$1***@");
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Mutable builder; {@link #build()} validates and copies. */
  public static final class Builder {
    private String name;
    private String uid = "";
    private String type = "influxdb";
    private String url = "";
    private String access = "proxy";
    private QueryLanguage queryLanguage = QueryLanguage.INFLUXQL;
    private String rawVersion = "";
    private String organization = "";
    private String defaultBucket = "";
    private String database = "";
    private String user = "";
    private boolean basicAuth;
    private String basicAuthUser = "";
    private String httpMode = "GET";
    private List<CustomHeader> customHeaders = List.of();
    private Secret token = Secret.empty();
    private Secret password = Secret.empty();
    private Secret basicAuthPassword = Secret.empty();
    private Set<String> storedSecrets = Set.of();
    private List<String> secretsInJsonData = List.of();
    private List<String> unresolvedVariables = List.of();
    private boolean tlsSkipVerify;
    private SettingsOrigin origin = new SettingsOrigin(SettingsOrigin.Kind.CONFIG, "(built in code)", 0);

    private Builder(String name) { this.name = name; }

    public Builder name(String v) { name = v; return this; }
    public Builder uid(String v) { uid = v; return this; }
    public Builder type(String v) { type = v; return this; }
    public Builder url(String v) { url = v; return this; }
    public Builder access(String v) { access = v; return this; }
    public Builder queryLanguage(QueryLanguage v) { queryLanguage = v; rawVersion = v.grafanaName(); return this; }
    public Builder rawVersion(String v) { rawVersion = v; return this; }
    public Builder organization(String v) { organization = v; return this; }
    public Builder defaultBucket(String v) { defaultBucket = v; return this; }
    public Builder database(String v) { database = v; return this; }
    public Builder user(String v) { user = v; return this; }
    public Builder basicAuth(boolean v) { basicAuth = v; return this; }
    public Builder basicAuthUser(String v) { basicAuthUser = v; return this; }
    public Builder httpMode(String v) { httpMode = v; return this; }
    public Builder customHeaders(List<CustomHeader> v) { customHeaders = v; return this; }
    public Builder token(Secret v) { token = v; return this; }
    public Builder password(Secret v) { password = v; return this; }
    public Builder basicAuthPassword(Secret v) { basicAuthPassword = v; return this; }
    public Builder storedSecrets(Set<String> v) { storedSecrets = v; return this; }
    public Builder secretsInJsonData(List<String> v) { secretsInJsonData = v; return this; }
    public Builder unresolvedVariables(List<String> v) { unresolvedVariables = v; return this; }
    public Builder tlsSkipVerify(boolean v) { tlsSkipVerify = v; return this; }
    public Builder origin(SettingsOrigin v) { origin = v; return this; }

    public DataSourceSettings build() {
      return new DataSourceSettings(name, uid, type, url, access, queryLanguage, rawVersion, organization,
          defaultBucket, database, user, basicAuth, basicAuthUser, httpMode, customHeaders, token, password,
          basicAuthPassword, storedSecrets, secretsInJsonData, unresolvedVariables, tlsSkipVerify, origin);
    }
  }
}
