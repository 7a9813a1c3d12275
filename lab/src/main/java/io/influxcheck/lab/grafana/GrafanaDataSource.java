package io.influxcheck.lab.grafana;

import io.influxcheck.config.Secret;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One data source as Grafana stores it, secrets included ({@code secureJsonData}). Immutable: an
 * update replaces the record. {@code toString} shows secrets only as {@link Secret#describe()}.
 *
 * @param jsonData plain settings ({@code version}, {@code organization}, {@code dbName}, {@code httpMode},
 *     {@code httpHeaderName1}, …); values are strings, booleans or numbers
 * @param secureJsonData stored secrets ({@code token}, {@code password}, {@code basicAuthPassword},
 *     {@code httpHeaderValue1}, …)
 * @param readOnly provisioned from a file: the API refuses to update it
 */
public record GrafanaDataSource(
    long id,
    String uid,
    long orgId,
    String name,
    String type,
    String access,
    String url,
    String user,
    String database,
    boolean basicAuth,
    String basicAuthUser,
    boolean withCredentials,
    boolean isDefault,
    Map<String, Object> jsonData,
    Map<String, Secret> secureJsonData,
    boolean readOnly,
    long version) {

  public GrafanaDataSource {
    Objects.requireNonNull(uid, "uid is null");
    Objects.requireNonNull(name, "name is null");
    type = orEmpty(type);
    access = orEmpty(access);
    url = orEmpty(url);
    user = orEmpty(user);
    database = orEmpty(database);
    basicAuthUser = orEmpty(basicAuthUser);
    jsonData = Collections.unmodifiableMap(new LinkedHashMap<>(jsonData));
    secureJsonData = Collections.unmodifiableMap(new LinkedHashMap<>(secureJsonData));
  }

  /** A builder for an InfluxDB data source with Grafana's defaults (proxy access, org 1, version 1). */
  public static Builder builder(String uid, String name) {
    return new Builder(uid, name);
  }

  public Builder toBuilder() {
    Builder b = new Builder(uid, name);
    b.id = id;
    b.orgId = orgId;
    b.type = type;
    b.access = access;
    b.url = url;
    b.user = user;
    b.database = database;
    b.basicAuth = basicAuth;
    b.basicAuthUser = basicAuthUser;
    b.withCredentials = withCredentials;
    b.isDefault = isDefault;
    b.jsonData.putAll(jsonData);
    b.secureJsonData.putAll(secureJsonData);
    b.readOnly = readOnly;
    b.version = version;
    return b;
  }

  /** A {@code jsonData} value as text, or empty when absent. */
  public String json(String key) {
    Object value = jsonData.get(key);
    return value == null ? "" : String.valueOf(value);
  }

  /** A stored secret, or {@link Secret#empty()}. */
  public Secret secret(String key) {
    return Optional.ofNullable(secureJsonData.get(key)).orElse(Secret.empty());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Builds a {@link GrafanaDataSource}; {@code id} 0 means "let the state assign one". */
  public static final class Builder {
    private long id;
    private final String uid;
    private String name;
    private long orgId = 1;
    private String type = "influxdb";
    private String access = "proxy";
    private String url = "";
    private String user = "";
    private String database = "";
    private boolean basicAuth;
    private String basicAuthUser = "";
    private boolean withCredentials;
    private boolean isDefault;
    private final Map<String, Object> jsonData = new LinkedHashMap<>();
    private final Map<String, Secret> secureJsonData = new LinkedHashMap<>();
    private boolean readOnly;
    private long version = 1;

    private Builder(String uid, String name) {
      this.uid = uid;
      this.name = name;
    }

    public Builder id(long id) { this.id = id; return this; }
    public Builder name(String name) { this.name = name; return this; }
    public Builder orgId(long orgId) { this.orgId = orgId; return this; }
    public Builder type(String type) { this.type = type; return this; }
    public Builder access(String access) { this.access = access; return this; }
    public Builder url(String url) { this.url = url; return this; }
    public Builder user(String user) { this.user = user; return this; }
    public Builder database(String database) { this.database = database; return this; }
    public Builder basicAuth(boolean basicAuth) { this.basicAuth = basicAuth; return this; }
    public Builder basicAuthUser(String basicAuthUser) { this.basicAuthUser = basicAuthUser; return this; }
    public Builder withCredentials(boolean withCredentials) { this.withCredentials = withCredentials; return this; }
    public Builder isDefault(boolean isDefault) { this.isDefault = isDefault; return this; }
    public Builder readOnly(boolean readOnly) { this.readOnly = readOnly; return this; }
    public Builder version(long version) { this.version = version; return this; }

    /** Sets one {@code jsonData} key (a string, boolean or number). */
    public Builder json(String key, Object value) {
      jsonData.put(key, value);
      return this;
    }

    /** Stores one secret in {@code secureJsonData}. */
    public Builder secret(String key, String value) {
      secureJsonData.put(key, Secret.of(value));
      return this;
    }

    /** Flux: {@code jsonData.version=Flux}, organization, default bucket, and the token. */
    public Builder flux(String organization, String defaultBucket, String token) {
      return json("version", "Flux").json("organization", organization).json("defaultBucket", defaultBucket)
          .json("httpMode", "POST").secret("token", token);
    }

    /** InfluxQL with user/password (sent as HTTP Basic, facts D.2). */
    public Builder influxQl(String dbName, String user, String password) {
      return json("version", "InfluxQL").json("dbName", dbName).json("httpMode", "GET").user(user)
          .secret("password", password);
    }

    /** SQL (InfluxDB 3): database and token. */
    public Builder sql(String dbName, String token) {
      return json("version", "SQL").json("dbName", dbName).secret("token", token);
    }

    /** A custom header, e.g. {@code Authorization: Token …} for InfluxQL against 2.x. */
    public Builder customHeader(int index, String name, String value) {
      return json("httpHeaderName" + index, name).secret("httpHeaderValue" + index, value);
    }

    public GrafanaDataSource build() {
      return new GrafanaDataSource(id, uid, orgId, name, type, access, url, user, database, basicAuth,
          basicAuthUser, withCredentials, isDefault, jsonData, secureJsonData, readOnly, version);
    }
  }
}
