package io.influxcheck.lab.influx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.lab.http.GoJson;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tenant endpoints of InfluxDB 2.x: buckets, orgs, me, authorizations, dbrps. Their bodies (200 and
 * errors) are tab-indented like {@code kit/transport/http/api.go}; lists are silently filtered to what the
 * token may read.
 */
final class V2TenantApi {
  private final InfluxV2State state;

  V2TenantApi(InfluxV2State state) {
    this.state = state;
  }

  SimResponse buckets(SimRequest request, V2Caller caller) {
    Optional<String> orgName = request.query("org");
    Optional<String> orgIdParam = request.query("orgID");
    String orgId = null;
    if (orgIdParam.isPresent()) {
      orgId = orgIdParam.get();
      if (state.orgById(orgId).isEmpty()) {
        return V2Errors.tabs("not found", "organization not found");
      }
    } else if (orgName.isPresent()) {
      Optional<V2Org> org = state.orgByName(orgName.get());
      if (org.isEmpty()) {
        return V2Errors.tabs("not found", "organization name \"" + orgName.get() + "\" not found");
      }
      orgId = org.get().id();
    }
    Optional<String> id = request.query("id");
    Optional<String> name = request.query("name");
    List<V2Bucket> found = new ArrayList<>();
    if (id.isPresent()) {
      Optional<V2Bucket> bucket = state.bucketById(id.get());
      if (bucket.isEmpty()) {
        return V2Errors.tabs("not found", "bucket not found");
      }
      found.add(bucket.get());
    } else if (name.isPresent() && orgId != null) {
      Optional<V2Bucket> bucket = state.bucketByName(orgId, name.get());
      if (bucket.isEmpty()) {
        return V2Errors.tabs("not found", "bucket \"" + name.get() + "\" not found");
      }
      found.add(bucket.get());
    } else {
      for (V2Bucket b : state.buckets()) {
        if ((orgId == null || b.orgId().equals(orgId)) && (name.isEmpty() || b.name().equals(name.get()))) {
          found.add(b);
        }
      }
    }
    int limit = intParam(request, "limit", 20);
    int offset = intParam(request, "offset", 0);
    List<V2Bucket> readable = found.stream().filter(caller::canRead).toList();
    List<V2Bucket> page = readable.stream().skip(offset).limit(limit).toList();
    ObjectNode root = GoJson.object();
    root.set("links", pagingLinks("/api/v2/buckets", request, limit, offset, page.size()));
    ArrayNode list = root.putArray("buckets");
    page.forEach(b -> list.add(bucketJson(b)));
    return ok(root);
  }

  SimResponse bucketById(String id, V2Caller caller) {
    Optional<V2Bucket> bucket = state.bucketById(id);
    if (bucket.isEmpty()) {
      return V2Errors.tabs("not found", "bucket not found");
    }
    V2Permission needed = bucket.get().readPermission();
    if (!caller.allows(needed)) {
      return V2Errors.tabs("unauthorized", caller.denial(needed));
    }
    return ok(bucketJson(bucket.get()));
  }

  SimResponse orgs(SimRequest request, V2Caller caller) {
    List<V2Org> candidates = new ArrayList<>();
    Optional<String> orgName = request.query("org");
    Optional<String> orgId = request.query("orgID");
    if (orgName.isPresent()) {
      Optional<V2Org> org = state.orgByName(orgName.get());
      if (org.isEmpty()) {
        return V2Errors.tabs("not found", "organization name \"" + orgName.get() + "\" not found");
      }
      candidates.add(org.get());
    } else if (orgId.isPresent()) {
      Optional<V2Org> org = state.orgById(orgId.get());
      if (org.isEmpty()) {
        return V2Errors.tabs("not found", "organization not found");
      }
      candidates.add(org.get());
    } else {
      candidates.addAll(state.orgs());
    }
    ObjectNode root = GoJson.object();
    root.putObject("links").put("self", "/api/v2/orgs");
    ArrayNode list = root.putArray("orgs");
    for (V2Org org : candidates) {
      if (caller.allows(V2Permission.read(V2Resource.org(org.id())))) {
        list.add(orgJson(org));
      }
    }
    return ok(root);
  }

  SimResponse me(V2Caller caller) {
    V2Permission needed = V2Permission.read(V2Resource.user(caller.userId()));
    if (!caller.allows(needed)) {
      return V2Errors.tabs("unauthorized", caller.denial(needed));
    }
    V2User user = state.userById(caller.userId()).orElseThrow();
    ObjectNode root = GoJson.object();
    root.putObject("links").put("self", "/api/v2/users/" + user.id());
    root.put("id", user.id());
    root.put("name", user.name());
    root.put("status", user.status().wire());
    return ok(root);
  }

  SimResponse authorizations(SimRequest request, V2Caller caller) {
    Optional<String> orgName = request.query("org");
    String orgId = request.query("orgID").orElse(null);
    if (orgName.isPresent()) {
      Optional<V2Org> org = state.orgByName(orgName.get());
      if (org.isEmpty()) {
        return V2Errors.tabs("not found", "organization name \"" + orgName.get() + "\" not found");
      }
      orgId = org.get().id();
    }
    Optional<String> userName = request.query("user");
    Optional<String> userId = request.query("userID");
    ObjectNode root = GoJson.object();
    root.putObject("links").put("self", "/api/v2/authorizations");
    ArrayNode list = root.putArray("authorizations");
    for (V2Authorization a : state.authorizations()) {
      V2User owner = state.userById(a.userId()).orElse(null);
      boolean filtered = (orgId != null && !a.orgId().equals(orgId)) || (userId.isPresent() && !a.userId().equals(userId.get()))
          || (userName.isPresent() && (owner == null || !owner.name().equals(userName.get())));
      boolean readable = caller.allows(V2Permission.read(new V2Resource("authorizations", a.orgId(), a.id())))
          && caller.allows(V2Permission.read(V2Resource.user(a.userId())));
      if (!filtered && readable) {
        list.add(authorizationJson(a, owner));
      }
    }
    return ok(root);
  }

  SimResponse dbrps(SimRequest request, V2Caller caller) {
    Optional<String> orgId = request.query("orgID");
    Optional<String> orgName = request.query("org");
    String resolved;
    if (orgId.isPresent()) {
      resolved = orgId.get();
    } else if (orgName.isPresent()) {
      Optional<V2Org> org = state.orgByName(orgName.get());
      if (org.isEmpty()) {
        return V2Errors.tabs("not found", "organization name \"" + orgName.get() + "\" not found");
      }
      resolved = org.get().id();
    } else {
      return V2Errors.tabs("invalid", "Please provide either orgID or org");
    }
    Optional<String> db = request.query("db");
    Optional<String> rp = request.query("rp");
    Optional<String> bucketId = request.query("bucketID");
    ArrayNode content = GoJson.array();
    for (V2Dbrp d : state.dbrps(resolved)) {
      boolean wanted = db.map(d.database()::equals).orElse(true) && rp.map(d.retentionPolicy()::equals).orElse(true)
          && bucketId.map(d.bucketId()::equals).orElse(true);
      boolean readable = state.bucketById(d.bucketId()).map(caller::canRead).orElse(false);
      if (wanted && readable) {
        ObjectNode n = content.addObject();
        n.put("id", d.id());
        n.put("database", d.database());
        n.put("retention_policy", d.retentionPolicy());
        n.put("default", d.isDefault());
        n.put("orgID", d.orgId());
        n.put("bucketID", d.bucketId());
        n.put("virtual", d.virtual());
      }
    }
    ObjectNode root = GoJson.object();
    root.set("content", content);
    return ok(root);
  }

  static SimResponse ok(ObjectNode body) {
    return SimResponse.of(200, V2Errors.JSON, GoJson.tabs(body));
  }

  private ObjectNode bucketJson(V2Bucket b) {
    ObjectNode n = GoJson.object();
    n.put("id", b.id());
    n.put("orgID", b.orgId());
    n.put("type", b.type());
    if (!b.description().isEmpty()) {
      n.put("description", b.description());
    }
    n.put("name", b.name());
    ArrayNode rules = n.putArray("retentionRules");
    if (b.retentionSeconds() > 0) {
      ObjectNode rule = rules.addObject();
      rule.put("type", "expire");
      rule.put("everySeconds", b.retentionSeconds());
      rule.put("shardGroupDurationSeconds", b.retentionSeconds() >= 15552000 ? 604800 : b.retentionSeconds() >= 172800 ? 86400 : 3600);
    }
    n.put("createdAt", Rfc3339.nano(b.createdAt()));
    n.put("updatedAt", Rfc3339.nano(b.createdAt()));
    ObjectNode links = n.putObject("links");
    links.put("labels", "/api/v2/buckets/" + b.id() + "/labels");
    links.put("members", "/api/v2/buckets/" + b.id() + "/members");
    links.put("org", "/api/v2/orgs/" + b.orgId());
    links.put("owners", "/api/v2/buckets/" + b.id() + "/owners");
    links.put("self", "/api/v2/buckets/" + b.id());
    links.put("write", "/api/v2/write?org=" + b.orgId() + "&bucket=" + b.id());
    n.putArray("labels");
    return n;
  }

  private static ObjectNode orgJson(V2Org org) {
    ObjectNode n = GoJson.object();
    ObjectNode links = n.putObject("links");
    String self = "/api/v2/orgs/" + org.id();
    links.put("buckets", "/api/v2/buckets?org=" + URLEncoder.encode(org.name(), StandardCharsets.UTF_8));
    links.put("dashboards", "/api/v2/dashboards?org=" + URLEncoder.encode(org.name(), StandardCharsets.UTF_8));
    links.put("labels", self + "/labels");
    links.put("logs", self + "/logs");
    links.put("members", self + "/members");
    links.put("owners", self + "/owners");
    links.put("secrets", self + "/secrets");
    links.put("self", self);
    links.put("tasks", "/api/v2/tasks?org=" + URLEncoder.encode(org.name(), StandardCharsets.UTF_8));
    n.put("id", org.id());
    n.put("name", org.name());
    n.put("description", org.description());
    n.put("createdAt", Rfc3339.nano(org.createdAt()));
    n.put("updatedAt", Rfc3339.nano(org.createdAt()));
    return n;
  }

  private ObjectNode authorizationJson(V2Authorization a, V2User owner) {
    ObjectNode n = GoJson.object();
    n.put("id", a.id());
    n.put("token", a.token().reveal());
    n.put("status", a.status().wire());
    n.put("description", a.description());
    n.put("orgID", a.orgId());
    n.put("org", state.orgById(a.orgId()).map(V2Org::name).orElse(""));
    n.put("userID", a.userId());
    n.put("user", owner == null ? "" : owner.name());
    ArrayNode perms = n.putArray("permissions");
    for (V2Permission p : a.permissions()) {
      ObjectNode pn = perms.addObject();
      pn.put("action", p.action());
      ObjectNode r = pn.putObject("resource");
      r.put("type", p.resource().type());
      if (p.resource().id() != null) {
        r.put("id", p.resource().id());
      }
      if (p.resource().orgId() != null) {
        r.put("orgID", p.resource().orgId());
      }
    }
    ObjectNode links = n.putObject("links");
    links.put("self", "/api/v2/authorizations/" + a.id());
    links.put("user", "/api/v2/users/" + a.userId());
    n.put("createdAt", Rfc3339.nano(a.createdAt()));
    n.put("updatedAt", Rfc3339.nano(a.createdAt()));
    return n;
  }

  /** {@code influxdb.PagingLinks}: prev (if offset > 0), self, next (if the page is full); query keys sorted. */
  private static ObjectNode pagingLinks(String path, SimRequest request, int limit, int offset, int pageSize) {
    ObjectNode links = GoJson.object();
    if (offset > 0) {
      links.put("prev", path + "?" + encode(request, limit, Math.max(0, offset - limit)));
    }
    links.put("self", path + "?" + encode(request, limit, offset));
    if (pageSize >= limit) {
      links.put("next", path + "?" + encode(request, limit, offset + limit));
    }
    return links;
  }

  private static String encode(SimRequest request, int limit, int offset) {
    Map<String, String> params = new TreeMap<>();
    params.put("descending", request.query("descending").orElse("false"));
    params.put("limit", Integer.toString(limit));
    params.put("offset", Integer.toString(offset));
    for (String key : List.of("org", "orgID", "name", "id")) {
      request.query(key).ifPresent(v -> params.put(key, v));
    }
    StringBuilder out = new StringBuilder();
    params.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }

  private static int intParam(SimRequest request, String name, int fallback) {
    try {
      return request.query(name).map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
