package io.influxcheck.core.grafana;

/** Grafana's bodies, verbatim from the facts file (sections D.4, E.1, E.3). */
public final class GrafanaBodies {
  public static final String API_HEALTH = "{\n  \"database\": \"ok\",\n  \"version\": \"11.4.0\",\n  \"commit\": \"b58701869e\"\n}";
  public static final String INVALID_KEY = "{\"extra\":null,\"message\":\"Invalid API key\",\"messageId\":\"api-key.invalid\",\"statusCode\":401,\"traceID\":\"\"}";
  public static final String EXPIRED_KEY = "{\"extra\":null,\"message\":\"Expired API key\",\"messageId\":\"api-key.expired\",\"statusCode\":401,\"traceID\":\"\"}";
  public static final String REVOKED_KEY = "{\"extra\":null,\"message\":\"Revoked API key\",\"messageId\":\"api-key.revoked\",\"statusCode\":401,\"traceID\":\"\"}";
  public static final String NO_CREDENTIALS = "{\"extra\":null,\"message\":\"Unauthorized\",\"messageId\":\"auth.unauthorized\",\"statusCode\":401,\"traceID\":\"\"}";
  public static final String NEEDS_READ = "{\"accessErrorId\":\"ACE0123456789\",\"message\":\"You'll need additional permissions to perform this action. "
      + "Permissions needed: datasources:read\",\"title\":\"Access denied\"}";
  public static final String NEEDS_QUERY = "{\"accessErrorId\":\"ACE9876543210\",\"message\":\"You'll need additional permissions to perform this action. "
      + "Permissions needed: datasources:query\",\"title\":\"Access denied\"}";
  public static final String DS_NOT_FOUND = "{\"message\":\"Data source not found\"}";
  public static final String HEALTH_NOT_FOUND = "{\"message\":\"Unable to load datasource metadata\",\"traceID\":\"\"}";

  private GrafanaBodies() { }

  public static String fluxDataSource(String uid, String name, String url, String org, String bucket, boolean tokenStored) {
    return "{\"id\":3,\"uid\":\"" + uid + "\",\"orgId\":1,\"name\":\"" + name + "\",\"type\":\"influxdb\","
        + "\"typeLogoUrl\":\"public/app/plugins/datasource/influxdb/img/influxdb_logo.svg\",\"access\":\"proxy\",\"url\":\"" + url + "\","
        + "\"user\":\"\",\"database\":\"\",\"basicAuth\":false,\"basicAuthUser\":\"\",\"withCredentials\":false,\"isDefault\":true,"
        + "\"jsonData\":{\"version\":\"Flux\",\"organization\":\"" + org + "\",\"defaultBucket\":\"" + bucket + "\",\"httpMode\":\"POST\"},"
        + "\"secureJsonFields\":{" + (tokenStored ? "\"token\":true" : "") + "},\"version\":2,\"readOnly\":false,\"apiVersion\":\"\"}";
  }

  public static String influxqlDataSource(String uid, String name, String url, String db, String user, boolean passwordStored) {
    return "{\"id\":4,\"uid\":\"" + uid + "\",\"orgId\":1,\"name\":\"" + name + "\",\"type\":\"influxdb\",\"access\":\"proxy\",\"url\":\"" + url + "\","
        + "\"user\":\"" + user + "\",\"database\":\"\",\"basicAuth\":false,\"basicAuthUser\":\"\",\"withCredentials\":false,\"isDefault\":false,"
        + "\"jsonData\":{\"dbName\":\"" + db + "\",\"httpMode\":\"GET\"},"
        + "\"secureJsonFields\":{" + (passwordStored ? "\"password\":true" : "") + "},\"version\":1,\"readOnly\":false,\"apiVersion\":\"\"}";
  }

  public static String health(String status, String message) {
    return "{\"message\":\"" + message.replace("\"", "\\\"") + "\",\"status\":\"" + status + "\"}";
  }

  public static String queryRows(int rows) {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      values.append(i == 0 ? "" : ",").append("\"m").append(i).append("\"");
    }
    return "{\"results\":{\"A\":{\"status\":200,\"frames\":[{\"schema\":{\"fields\":[{\"name\":\"Value\",\"type\":\"string\"}]},"
        + "\"data\":{\"values\":[[" + values + "]]}}]}}}";
  }

  public static String queryEmpty() {
    return "{\"results\":{\"A\":{\"status\":200,\"frames\":[]}}}";
  }

  public static String queryError(String error) {
    return "{\"results\":{\"A\":{\"error\":\"" + error.replace("\"", "\\\"") + "\",\"errorSource\":\"downstream\",\"status\":500}}}";
  }
}
