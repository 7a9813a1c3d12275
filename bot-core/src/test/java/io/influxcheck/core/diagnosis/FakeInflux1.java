package io.influxcheck.core.diagnosis;

import io.influxcheck.core.diagnosis.StubServer.Call;
import io.influxcheck.core.diagnosis.StubServer.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small InfluxDB 1.x double (1.8 by default, 1.6 on request) answering with the exact bodies of
 * /work/shared/research/influx-grafana-api.md section B.
 */
final class FakeInflux1 implements StubServer.Route {
  record User(String password, boolean admin, Set<String> readable) {
  }

  private final String version;
  boolean authEnabled = true;
  boolean fluxEnabled;
  final Map<String, User> users = new LinkedHashMap<>();
  final Map<String, List<String>> databases = new LinkedHashMap<>();

  FakeInflux1(String version) {
    this.version = version;
  }

  FakeInflux1 database(String name, String... measurements) {
    databases.put(name, List.of(measurements));
    return this;
  }

  FakeInflux1 user(String name, String password, String... readable) {
    users.put(name, new User(password, false, Set.of(readable)));
    return this;
  }

  FakeInflux1 admin(String name, String password) {
    users.put(name, new User(password, true, Set.of()));
    return this;
  }

  private boolean is18() {
    return version.startsWith("1.8");
  }

  @Override
  public Reply answer(Call call) {
    return route(call).withHeader("X-Influxdb-Build", "OSS").withHeader("X-Influxdb-Version", version)
        .withHeader("Request-Id", "c0ffee00-0000-11ee-8000-000000000000");
  }

  private Reply route(Call call) {
    switch (call.path()) {
      case "/ping":
        return new Reply(204, Map.of(), "");
      case "/health":
        return is18()
            ? Reply.text(200, "{\"checks\":[],\"message\":\"ready for queries and writes\",\"name\":\"influxdb\",\"status\":\"pass\",\"version\":\"" + version + "\"}")
            : Reply.text(404, "404 page not found\n");
      case "/query":
        return query(call);
      case "/api/v2/query":
        return is18() ? flux(call) : Reply.text(404, "404 page not found\n");
      default:
        return Reply.text(404, "404 page not found\n");
    }
  }

  /** The authenticated user name, "" when auth is off, or a 401 reply. */
  private Object authenticate(Call call) {
    if (!authEnabled) {
      return "";
    }
    String user = call.param("u");
    String password = call.param("p");
    String header = call.header("Authorization");
    if (user.isEmpty() || password.isEmpty()) {
      String[] parts = header.split(" ");
      if (parts.length == 2 && parts[0].equals("Token") && parts[1].contains(":") && is18()) {
        user = parts[1].substring(0, parts[1].indexOf(':'));
        password = parts[1].substring(parts[1].indexOf(':') + 1);
      } else if (header.startsWith("Basic ")) {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        user = decoded.substring(0, decoded.indexOf(':'));
        password = decoded.substring(decoded.indexOf(':') + 1);
      } else {
        return unauthorized("unable to parse authentication credentials");
      }
    }
    if (user.isEmpty()) {
      return unauthorized("username required");
    }
    User known = users.get(user);
    if (known == null || !known.password().equals(password)) {
      return unauthorized("authorization failed");
    }
    return user;
  }

  private static Reply unauthorized(String error) {
    return Reply.json(401, "{\"error\":\"" + error + "\"}\n").withHeader("WWW-Authenticate", "Basic realm=\"InfluxDB\"");
  }

  private Reply query(Call call) {
    Object auth = authenticate(call);
    if (auth instanceof Reply) {
      return (Reply) auth;
    }
    String user = (String) auth;
    String q = call.influxql();
    String db = call.param("db");
    if (q.equals("SHOW DATABASES")) {
      StringBuilder values = new StringBuilder();
      for (String name : databases.keySet()) {
        if (mayRead(user, name)) {
          values.append(values.length() == 0 ? "" : ",").append("[\"").append(name).append("\"]");
        }
      }
      return Reply.json(200, "{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"databases\",\"columns\":[\"name\"],\"values\":["
          + values + "]}]}]}\n");
    }
    if (!mayRead(user, db)) {
      String statement = q.startsWith("SHOW MEASUREMENTS") ? "SHOW MEASUREMENTS" : q;
      return Reply.json(403, "{\"error\":\"error authorizing query: " + user + " not authorized to execute statement '" + statement
          + "', requires READ on " + db + "\"}\n").withHeader("X-Influxdb-Error", "error authorizing query");
    }
    if (q.startsWith("SHOW MEASUREMENTS")) {
      List<String> measurements = databases.getOrDefault(db, List.of());
      if (measurements.isEmpty()) {
        return Reply.json(200, "{\"results\":[{\"statement_id\":0}]}\n");
      }
      StringBuilder values = new StringBuilder();
      for (String m : measurements) {
        values.append(values.length() == 0 ? "" : ",").append("[\"").append(m).append("\"]");
      }
      return Reply.json(200, "{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"measurements\",\"columns\":[\"name\"],\"values\":["
          + values + "]}]}]}\n");
    }
    if (!databases.containsKey(db)) {
      return Reply.json(200, "{\"results\":[{\"statement_id\":0,\"error\":\"database not found: " + db + "\"}]}\n");
    }
    return Reply.json(200, "{\"results\":[{\"statement_id\":0}]}\n");
  }

  private boolean mayRead(String user, String db) {
    if (!authEnabled) {
      return true;
    }
    User known = users.get(user);
    return known.admin() || known.readable().contains(db);
  }

  private Reply flux(Call call) {
    Object auth = authenticate(call);
    if (auth instanceof Reply) {
      return (Reply) auth;
    }
    if (!fluxEnabled) {
      return Reply.text(403, "Flux query service disabled. Verify flux-enabled=true in the [http] section of the InfluxDB config.\n");
    }
    StringBuilder out = new StringBuilder("#datatype,string,long,string,string,string,string,long\n"
        + "#group,false,false,false,false,false,false,false\n#default,_result,,,,,,\n"
        + ",result,table,name,id,organizationID,retentionPolicy,retentionPeriod\n");
    for (String db : databases.keySet()) {
      out.append(",,0,").append(db).append("/autogen,,,autogen,0\n");
    }
    return new Reply(200, Map.of("Content-Type", "text/csv; charset=utf-8"), out.append('\n').toString());
  }
}
