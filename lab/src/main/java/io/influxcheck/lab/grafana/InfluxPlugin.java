package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.databind.JsonNode;
import io.influxcheck.config.Secret;
import io.influxcheck.lab.http.GoJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * What Grafana's InfluxDB backend ({@code pkg/tsdb/influxdb}, facts D) does with a stored data source:
 * builds the request of its query language with the stored secrets, sends it to the data source URL,
 * and reads the answer into frames or the error text Grafana would show.
 *
 * <p>SQL mode is an approximation: Grafana speaks FlightSQL (gRPC); the simulator sends the same
 * query to InfluxDB 3's HTTP {@code POST /api/v3/query_sql} with {@code Authorization: Bearer <token>}
 * and phrases errors like gRPC status errors ({@code rpc error: code = Unauthenticated desc = …}).
 */
final class InfluxPlugin {
  static final String FLUX_HEALTH_QUERY = "buckets()";
  static final String INFLUXQL_HEALTH_QUERY = "SHOW measurements";
  static final String SQL_HEALTH_QUERY = "select 1";
  private static final MediaType JSON = MediaType.get("application/json");

  /** {@code jsonData.version}; an absent version means InfluxQL. */
  enum Mode { FLUX, INFLUXQL, SQL }

  private final InfluxUpstream upstream;

  InfluxPlugin(InfluxUpstream upstream) {
    this.upstream = upstream;
  }

  static Optional<Mode> mode(GrafanaDataSource ds) {
    switch (ds.json("version")) {
      case "":
      case "InfluxQL":
        return Optional.of(Mode.INFLUXQL);
      case "Flux":
        return Optional.of(Mode.FLUX);
      case "SQL":
        return Optional.of(Mode.SQL);
      default:
        return Optional.empty();
    }
  }

  QueryOutcome run(GrafanaDataSource ds, Mode mode, String query, Duration timeout) {
    switch (mode) {
      case FLUX:
        return flux(ds, query, timeout);
      case SQL:
        return sql(ds, query, timeout);
      default:
        return influxQl(ds, query, timeout);
    }
  }

  private QueryOutcome flux(GrafanaDataSource ds, String query, Duration timeout) {
    String org = ds.json("organization");
    if (org.isEmpty()) {
      return new QueryOutcome.RequestError("missing organization in datasource configuration");
    }
    if (ds.url().isEmpty()) {
      return new QueryOutcome.RequestError("missing URL from datasource configuration");
    }
    HttpUrl base = HttpUrl.parse(ds.url());
    if (base == null) {
      return new QueryOutcome.ResponseError(unsupportedScheme("Post", ds.url() + "/api/v2/query?org=" + org));
    }
    Map<String, Object> dialect = new LinkedHashMap<>();
    dialect.put("annotations", List.of("datatype", "group", "default"));
    dialect.put("delimiter", ",");
    dialect.put("header", true);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dialect", dialect);
    body.put("query", query);
    body.put("type", "flux");
    Request.Builder request = new Request.Builder()
        .url(base.newBuilder().addPathSegments("api/v2/query").addEncodedQueryParameter("org", goQueryEscape(org)).build())
        .post(RequestBody.create(GoJson.marshal(body).getBytes(StandardCharsets.UTF_8), JSON));
    if (!ds.secret("token").isEmpty()) {
      request.header("Authorization", "Token " + ds.secret("token").reveal());
    }
    UpstreamReply reply = upstream.send(withCredentials(request, ds, Mode.FLUX), timeout);
    if (reply instanceof UpstreamReply.Failed) {
      return new QueryOutcome.ResponseError(((UpstreamReply.Failed) reply).goError());
    }
    if (reply instanceof UpstreamReply.Cut) {
      return new QueryOutcome.ResponseError(((UpstreamReply.Cut) reply).goError());
    }
    UpstreamReply.Answered answered = (UpstreamReply.Answered) reply;
    return answered.ok() ? FluxCsv.parse(answered.body()) : new QueryOutcome.ResponseError(clientGoError(answered));
  }

  private QueryOutcome influxQl(GrafanaDataSource ds, String query, Duration timeout) {
    boolean post = "POST".equalsIgnoreCase(ds.json("httpMode"));
    String dbName = dbName(ds);
    HttpUrl base = HttpUrl.parse(ds.url());
    if (base == null) {
      String shown = ds.url() + "/query?db=" + dbName + "&epoch=ms" + (post ? "" : "&q=" + query);
      return new QueryOutcome.RequestError(unsupportedScheme(post ? "Post" : "Get", shown));
    }
    HttpUrl.Builder url = base.newBuilder().addPathSegment("query")
        .addEncodedQueryParameter("db", goQueryEscape(dbName)).addEncodedQueryParameter("epoch", "ms");
    Request.Builder request = new Request.Builder();
    if (post) {
      request.url(url.build()).post(new FormBody.Builder().add("q", query).build());
    } else {
      request.url(url.addEncodedQueryParameter("q", goQueryEscape(query)).build()).get();
    }
    UpstreamReply reply = upstream.send(withCredentials(request, ds, Mode.INFLUXQL), timeout);
    if (reply instanceof UpstreamReply.Failed) {
      return new QueryOutcome.RequestError(((UpstreamReply.Failed) reply).goError());
    }
    if (reply instanceof UpstreamReply.Cut) {
      // The parser decodes the body: a non-2xx keeps no error text, a 2xx fails with the read error.
      UpstreamReply.Cut cut = (UpstreamReply.Cut) reply;
      return new QueryOutcome.ResponseError(cut.status() / 100 != 2 ? "InfluxDB returned error: " : cut.goError());
    }
    return InfluxQlJson.parse((UpstreamReply.Answered) reply);
  }

  private QueryOutcome sql(GrafanaDataSource ds, String query, Duration timeout) {
    if (ds.url().isEmpty()) {
      return new QueryOutcome.RequestError("missing URL from datasource configuration");
    }
    HttpUrl base = HttpUrl.parse(ds.url());
    if (base == null) {
      return new QueryOutcome.RequestError(unsupportedScheme("Post", ds.url() + "/api/v3/query_sql"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("db", dbName(ds));
    body.put("q", query);
    body.put("format", "json");
    Request.Builder request = new Request.Builder().url(base.newBuilder().addPathSegments("api/v3/query_sql").build())
        .post(RequestBody.create(GoJson.marshal(body).getBytes(StandardCharsets.UTF_8), JSON));
    if (!ds.secret("token").isEmpty()) {
      request.header("Authorization", "Bearer " + ds.secret("token").reveal());
    }
    UpstreamReply reply = upstream.send(withCredentials(request, ds, Mode.SQL), timeout);
    if (reply instanceof UpstreamReply.Cut) {
      return new QueryOutcome.ResponseError("rpc error: code = Internal desc = " + ((UpstreamReply.Cut) reply).goError());
    }
    if (reply instanceof UpstreamReply.Failed) {
      String cause = ((UpstreamReply.Failed) reply).goError().replaceFirst("^\\w+ \"[^\"]*\": ", "");
      String code = cause.contains("deadline exceeded") ? "DeadlineExceeded" : "Unavailable";
      return new QueryOutcome.ResponseError("rpc error: code = " + code + " desc = " + cause);
    }
    UpstreamReply.Answered answered = (UpstreamReply.Answered) reply;
    if (!answered.ok()) {
      return new QueryOutcome.ResponseError("rpc error: code = " + grpcCode(answered.status()) + " desc = "
          + errorText(answered.body()));
    }
    try {
      return new QueryOutcome.Frames(List.of(sqlFrame(InfluxQlJson.readGo(answered.body()))));
    } catch (InfluxQlJson.GoJsonError e) {
      return new QueryOutcome.ResponseError(e.getMessage());
    }
  }

  /** HTTP Basic from the stored settings, unless a token is already set, then custom headers (facts D.2). */
  private static Request withCredentials(Request.Builder request, GrafanaDataSource ds, Mode mode) {
    Request draft = request.build();
    if (draft.header("Authorization") == null) {
      if (ds.basicAuth()) {
        request.header("Authorization", basic(ds.basicAuthUser(), ds.secret("basicAuthPassword")));
      } else if (mode == Mode.INFLUXQL && !ds.user().isEmpty()) {
        request.header("Authorization", basic(ds.user(), ds.secret("password")));
      }
    }
    for (int i = 1; !ds.json("httpHeaderName" + i).isEmpty(); i++) {
      request.header(ds.json("httpHeaderName" + i), ds.secret("httpHeaderValue" + i).reveal());
    }
    return request.build();
  }

  private static String basic(String user, Secret password) {
    return Credentials.basic(user, password.reveal(), StandardCharsets.UTF_8);
  }

  /**
   * influxdb-client-go's {@code parseHTTPError} + {@code Error()}: JSON {@code code}/{@code message},
   * else status line and body, else status line and {@code X-Influxdb-Error}; {@code "<code>: <message>"}
   * when both are set, otherwise {@code Unexpected status code <n>}.
   */
  static String clientGoError(UpstreamReply.Answered reply) {
    String code = "";
    String message = "";
    String mediaType = reply.contentType().split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (mediaType.equals("application/json")) {
      try {
        JsonNode json = InfluxQlJson.readGo(reply.body());
        code = json.path("code").asText("");
        message = json.path("message").asText("");
      } catch (InfluxQlJson.GoJsonError e) {
        return e.getMessage();
      }
    } else {
      code = reply.statusLine();
      message = reply.body();
    }
    if (code.isEmpty() && message.isEmpty()) {
      if (reply.status() == 429) {
        code = "too many requests";
        message = "exceeded rate limit";
      } else if (reply.status() == 503) {
        code = "unavailable";
        message = "service temporarily unavailable";
      } else {
        code = reply.statusLine();
        message = reply.influxError();
      }
    }
    return !code.isEmpty() && !message.isEmpty() ? code + ": " + message : "Unexpected status code " + reply.status();
  }

  private static DataFrame sqlFrame(JsonNode rows) {
    Map<String, List<Object>> columns = new LinkedHashMap<>();
    Map<String, DataFrame.FieldType> types = new LinkedHashMap<>();
    for (JsonNode row : rows) {
      row.fieldNames().forEachRemaining(name -> columns.computeIfAbsent(name, n -> new ArrayList<>()));
    }
    for (JsonNode row : rows) {
      for (Map.Entry<String, List<Object>> column : columns.entrySet()) {
        JsonNode cell = row.path(column.getKey());
        if (cell.isNumber()) {
          column.getValue().add(cell.isIntegralNumber() ? (Object) cell.asLong() : (Object) cell.asDouble());
          types.putIfAbsent(column.getKey(), cell.isIntegralNumber() ? DataFrame.FieldType.INTEGER : DataFrame.FieldType.NUMBER);
        } else if (cell.isBoolean()) {
          column.getValue().add(cell.asBoolean());
          types.putIfAbsent(column.getKey(), DataFrame.FieldType.BOOLEAN);
        } else if (cell.isNull() || cell.isMissingNode()) {
          column.getValue().add(null);
        } else {
          column.getValue().add(cell.asText());
          types.putIfAbsent(column.getKey(), DataFrame.FieldType.STRING);
        }
      }
    }
    List<DataFrame.Field> fields = new ArrayList<>();
    columns.forEach((name, values) ->
        fields.add(new DataFrame.Field(name, types.getOrDefault(name, DataFrame.FieldType.STRING), values)));
    return new DataFrame("", fields);
  }

  private static String errorText(String body) {
    try {
      JsonNode json = InfluxQlJson.readGo(body);
      String text = json.path("error").asText("");
      return text.isEmpty() ? json.path("message").asText(body.strip()) : text;
    } catch (InfluxQlJson.GoJsonError e) {
      return body.strip();
    }
  }

  private static String grpcCode(int status) {
    switch (status) {
      case 400: return "InvalidArgument";
      case 401: return "Unauthenticated";
      case 403: return "PermissionDenied";
      case 404: return "NotFound";
      case 429: return "ResourceExhausted";
      case 500: return "Internal";
      case 501: return "Unimplemented";
      case 503: return "Unavailable";
      default: return "Unknown";
    }
  }

  /** Go's {@code url.QueryEscape} (what {@code url.Values.Encode} uses): space as {@code +}. */
  static String goQueryEscape(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("*", "%2A").replace("%7E", "~");
  }

  private static String dbName(GrafanaDataSource ds) {
    String dbName = ds.json("dbName");
    return dbName.isEmpty() ? ds.database() : dbName;
  }

  private static String unsupportedScheme(String op, String url) {
    int colon = url.indexOf("://");
    String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
    return op + " \"" + url + "\": unsupported protocol scheme \"" + scheme + "\"";
  }
}
