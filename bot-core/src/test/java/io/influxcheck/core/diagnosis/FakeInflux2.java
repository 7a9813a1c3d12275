package io.influxcheck.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.core.diagnosis.StubServer.Call;
import io.influxcheck.core.diagnosis.StubServer.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small InfluxDB 2.7 double for bot-core's tests, answering with the exact bodies of
 * /work/shared/research/influx-grafana-api.md section A (compact errors from the query and legacy
 * handlers, tab-indented ones from the tenant API). Not a simulator: just enough to drive the checks.
 */
final class FakeInflux2 implements StubServer.Route {
  static final String UNAUTHORIZED_ACCESS = "{\"code\":\"unauthorized\",\"message\":\"unauthorized access\"}";
  static final String COMPAT_UNAUTHORIZED = "{\"code\":\"unauthorized\",\"message\":\"Unauthorized\"}";

  record Bucket(String id, String orgId, String name) {
  }

  record Token(boolean active, String orgId, Set<String> readable) {
  }

  final String version = "2.7.12";
  final Map<String, String> orgs = new LinkedHashMap<>();
  final List<Bucket> buckets = new ArrayList<>();
  final Map<String, Token> tokens = new LinkedHashMap<>();
  final Map<String, String> v1Users = new LinkedHashMap<>();
  final Map<String, String> v1UserTokens = new LinkedHashMap<>();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  FakeInflux2 org(String name, String id) {
    orgs.put(name, id);
    return this;
  }

  FakeInflux2 bucket(String id, String orgName, String name) {
    buckets.add(new Bucket(id, orgs.get(orgName), name));
    return this;
  }

  FakeInflux2 token(String token, boolean active, String orgName, String... readable) {
    tokens.put(token, new Token(active, orgs.get(orgName), Set.of(readable)));
    return this;
  }

  FakeInflux2 v1User(String user, String password, String token) {
    v1Users.put(user, password);
    v1UserTokens.put(user, token);
    return this;
  }

  @Override
  public Reply answer(Call call) {
    return headers(route(call));
  }

  private Reply headers(Reply reply) {
    return reply.withHeader("X-Influxdb-Build", "OSS").withHeader("X-Influxdb-Version", version);
  }

  private Reply route(Call call) {
    switch (call.path()) {
      case "/ping":
        return new Reply(204, Map.of(), "");
      case "/health":
        return Reply.json(200, "{\"name\":\"influxdb\", \"message\":\"ready for queries and writes\", \"status\":\"pass\", \"checks\":[], \"version\": \""
            + version + "\", \"commit\": \"ec9dcde5d6\"}\n");
      case "/api/v2/query":
        return query(call);
      case "/api/v2/me":
        return me(call);
      case "/api/v2/buckets":
        return bucketList(call);
      case "/api/v2/orgs":
        return orgList(call);
      case "/query":
        return legacyQuery(call);
      default:
        return Reply.json(404, "{\"code\":\"not found\",\"message\":\"path not found\"}");
    }
  }

  private Token v2Token(Call call) {
    String header = call.header("Authorization");
    String lower = header.toLowerCase(Locale.ROOT);
    if (lower.startsWith("token ") || lower.startsWith("bearer ")) {
      return tokens.get(header.substring(header.indexOf(' ') + 1));
    }
    return null;
  }

  private Reply query(Call call) {
    Token token = v2Token(call);
    if (token == null) {
      return Reply.json(401, UNAUTHORIZED_ACCESS);
    }
    String org = call.param("org");
    if (org.isEmpty()) {
      return Reply.json(400, "{\"code\":\"invalid\",\"message\":\"failed to decode request body: Please provide either orgID or org\"}");
    }
    if (!orgs.containsKey(org)) {
      return Reply.json(400, "{\"code\":\"invalid\",\"message\":\"failed to decode request body: organization name \\\"" + org + "\\\" not found\"}");
    }
    String flux = readJson(call.body()).path("query").asText();
    String orgId = orgs.get(org);
    Matcher from = Pattern.compile("from\\(bucket: ?\"([^\"]+)\"\\)").matcher(flux);
    if (from.find()) {
      String name = from.group(1);
      if (readable(token, orgId).stream().noneMatch(b -> b.name().equals(name))) {
        return Reply.json(404, "{\"code\":\"not found\",\"message\":\"failed to initialize execute state: could not find bucket \\\"" + name + "\\\"\"}");
      }
      return csv("#datatype,string,long\n#group,false,false\n#default,_result,\n,result,table\n");
    }
    StringBuilder out = new StringBuilder("#datatype,string,long,string,string,string,string,long\n"
        + "#group,false,false,false,false,false,false,false\n#default,_result,,,,,,\n"
        + ",result,table,name,id,organizationID,retentionPolicy,retentionPeriod\n");
    for (Bucket b : readable(token, orgId)) {
      out.append(",,0,").append(b.name()).append(',').append(b.id()).append(',').append(b.orgId()).append(",,0\n");
    }
    return csv(out.append('\n').toString());
  }

  private List<Bucket> readable(Token token, String orgId) {
    if (!token.active() || !token.orgId().equals(orgId)) {
      return List.of();
    }
    return buckets.stream().filter(b -> b.orgId().equals(orgId) && token.readable().contains(b.name())).toList();
  }

  private Reply me(Call call) {
    Token token = v2Token(call);
    if (token == null) {
      return Reply.json(401, UNAUTHORIZED_ACCESS);
    }
    if (!token.active()) {
      return Reply.json(401, "{\"code\":\"unauthorized\",\"message\":\"token is inactive\"}");
    }
    return Reply.json(401, "{\"code\":\"unauthorized\",\"message\":\"read:users/0000000000000001 is unauthorized\"}");
  }

  private Reply bucketList(Call call) {
    Token token = v2Token(call);
    if (token == null) {
      return Reply.json(401, UNAUTHORIZED_ACCESS);
    }
    String org = call.param("org");
    if (!org.isEmpty() && !orgs.containsKey(org)) {
      return Reply.json(404, "{\n\t\"code\": \"not found\",\n\t\"message\": \"organization name \\\"" + org + "\\\" not found\"\n}");
    }
    String name = call.param("name");
    List<Bucket> candidates = buckets.stream()
        .filter(b -> org.isEmpty() || b.orgId().equals(orgs.get(org)))
        .filter(b -> name.isEmpty() || b.name().equals(name)).toList();
    if (!name.isEmpty() && candidates.isEmpty()) {
      return Reply.json(404, "{\n\t\"code\": \"not found\",\n\t\"message\": \"bucket \\\"" + name + "\\\" not found\"\n}");
    }
    StringBuilder out = new StringBuilder("{\n\t\"links\": {\"self\": \"/api/v2/buckets\"},\n\t\"buckets\": [");
    String sep = "";
    for (Bucket b : candidates) {
      if (token.active() && token.orgId().equals(b.orgId()) && token.readable().contains(b.name())) {
        out.append(sep).append("\n\t\t{\"id\": \"").append(b.id()).append("\", \"orgID\": \"").append(b.orgId())
            .append("\", \"type\": \"user\", \"name\": \"").append(b.name()).append("\"}");
        sep = ",";
      }
    }
    return Reply.json(200, out.append("\n\t]\n}").toString());
  }

  private Reply orgList(Call call) {
    Token token = v2Token(call);
    if (token == null) {
      return Reply.json(401, UNAUTHORIZED_ACCESS);
    }
    StringBuilder out = new StringBuilder("{\n\t\"links\": {\"self\": \"/api/v2/orgs\"},\n\t\"orgs\": [");
    String sep = "";
    for (Map.Entry<String, String> org : orgs.entrySet()) {
      if (token.active() && token.orgId().equals(org.getValue())) {
        out.append(sep).append("\n\t\t{\"id\": \"").append(org.getValue()).append("\", \"name\": \"").append(org.getKey()).append("\"}");
        sep = ",";
      }
    }
    return Reply.json(200, out.append("\n\t]\n}").toString());
  }

  private Reply legacyQuery(Call call) {
    Token token = legacyCredentials(call);
    if (token == null) {
      boolean none = call.header("Authorization").isEmpty() && call.param("u").isEmpty();
      return Reply.json(401, none || call.header("Authorization").startsWith("Bearer ") ? UNAUTHORIZED_ACCESS : COMPAT_UNAUTHORIZED);
    }
    String db = call.param("db");
    String q = call.influxql();
    boolean mapped = token.active() && buckets.stream()
        .anyMatch(b -> b.name().equals(db) && b.orgId().equals(token.orgId()) && token.readable().contains(db));
    if (q.startsWith("SHOW MEASUREMENTS")) {
      return Reply.json(200, mapped
          ? "{\"results\":[{\"statement_id\":0,\"series\":[{\"name\":\"measurements\",\"columns\":[\"name\"],\"values\":[[\"cpu\"],[\"mem\"]]}]}]}\n"
          : "{\"results\":[{\"statement_id\":0}]}\n");
    }
    if (!mapped) {
      return Reply.json(200, "{\"results\":[{\"statement_id\":0,\"error\":\"database not found: " + db + "\"}]}\n");
    }
    return Reply.json(200, "{\"results\":[{\"statement_id\":0}]}\n");
  }

  private Token legacyCredentials(Call call) {
    String header = call.header("Authorization");
    if (header.startsWith("Token ")) {
      return tokens.get(header.substring(6));
    }
    if (header.startsWith("Basic ")) {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
      String user = decoded.substring(0, decoded.indexOf(':'));
      String password = decoded.substring(decoded.indexOf(':') + 1);
      if (v1Users.containsKey(user)) {
        return v1Users.get(user).equals(password) ? tokens.get(v1UserTokens.get(user)) : null;
      }
      return tokens.get(password);
    }
    return null;
  }

  private static Reply csv(String body) {
    return new Reply(200, Map.of("Content-Type", "text/csv; charset=utf-8"), body);
  }

  private static JsonNode readJson(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
