package io.influxcheck.lab.influx;

import io.influxcheck.config.Secret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulated InfluxDB 2.x holds: orgs, buckets, users, API tokens, v1 credentials, DBRP mappings and
 * points. Scenarios build and change it while the simulator runs; every method is thread-safe and every
 * value handed out is immutable.
 *
 * <pre>{@code
 * InfluxV2State state = new InfluxV2State();
 * V2Org org = state.addOrg("myorg");
 * V2Bucket telegraf = state.addBucket(org, "telegraf");
 * V2User admin = state.addUser("admin");
 * state.addToken("canary-read-token", admin, org, V2Permission.read(V2Resource.bucket(telegraf)));
 * }</pre>
 */
public final class InfluxV2State {
  /** Version the 2.7.12 release reports (with the {@code v}, as release builds print it). */
  public static final String DEFAULT_VERSION = "v2.7.12";
  public static final String DEFAULT_COMMIT = "ec9dcde5d6";
  private static final Instant CREATED = Instant.parse("2024-01-15T09:30:00Z");

  private final Map<String, V2Org> orgs = new LinkedHashMap<>();
  private final Map<String, V2Bucket> buckets = new LinkedHashMap<>();
  private final Map<String, V2User> users = new LinkedHashMap<>();
  private final Map<String, V2Authorization> authorizations = new LinkedHashMap<>();
  private final Map<String, V2V1Credential> v1Credentials = new LinkedHashMap<>();
  private final Map<String, V2Dbrp> dbrps = new LinkedHashMap<>();
  private final Map<String, List<Point>> points = new LinkedHashMap<>();
  private long nextId = 0x0a1b2c3d4e5f0000L;
  private String version = DEFAULT_VERSION;
  private String commit = DEFAULT_COMMIT;
  private Instant startedAt = Instant.now();

  public synchronized String version() {
    return version;
  }

  public synchronized String commit() {
    return commit;
  }

  synchronized Instant startedAt() {
    return startedAt;
  }

  /** Reported in {@code X-Influxdb-Version} and {@code /health}, e.g. {@code v2.7.12} or {@code 2.0.4}. */
  public synchronized InfluxV2State version(String newVersion, String newCommit) {
    this.version = newVersion;
    this.commit = newCommit;
    return this;
  }

  private String newId() {
    nextId += 0x101;
    return String.format("%016x", nextId);
  }

  /** A new org with its two system buckets ({@code _monitoring}, {@code _tasks}). */
  public synchronized V2Org addOrg(String name) {
    V2Org org = new V2Org(newId(), name, "", CREATED);
    orgs.put(org.id(), org);
    putBucket(new V2Bucket(newId(), org.id(), "_monitoring", true, 604800, "System bucket for monitoring logs", CREATED));
    putBucket(new V2Bucket(newId(), org.id(), "_tasks", true, 259200, "System bucket for task logs", CREATED));
    return org;
  }

  /** A user bucket with infinite retention. */
  public synchronized V2Bucket addBucket(V2Org org, String name) {
    return addBucket(org, name, 0);
  }

  public synchronized V2Bucket addBucket(V2Org org, String name, long retentionSeconds) {
    return putBucket(new V2Bucket(newId(), org.id(), name, false, retentionSeconds, "", CREATED));
  }

  private V2Bucket putBucket(V2Bucket bucket) {
    buckets.put(bucket.id(), bucket);
    points.put(bucket.id(), new ArrayList<>());
    return bucket;
  }

  public synchronized void removeBucket(V2Bucket bucket) {
    buckets.remove(bucket.id());
    points.remove(bucket.id());
  }

  public synchronized V2User addUser(String name) {
    V2User user = new V2User(newId(), name, V2Status.ACTIVE);
    users.put(user.id(), user);
    return user;
  }

  public synchronized void setUserStatus(V2User user, V2Status status) {
    users.computeIfPresent(user.id(), (id, u) -> u.withStatus(status));
  }

  /** An API token with exactly the given permissions. */
  public synchronized V2Authorization addToken(String token, V2User user, V2Org org, V2Permission... permissions) {
    V2Authorization auth = new V2Authorization(newId(), Secret.of(token, "lab"), V2Status.ACTIVE, "", org.id(), user.id(), List.of(permissions), CREATED);
    authorizations.put(auth.id(), auth);
    return auth;
  }

  /** Like the UI's "All Access API Token": read and write on every org resource type, plus the owner's user. */
  public synchronized V2Authorization addAllAccessToken(String token, V2User user, V2Org org) {
    List<V2Permission> perms = new ArrayList<>();
    for (String type : V2Permission.ORG_RESOURCE_TYPES) {
      V2Resource resource = type.equals("orgs") ? V2Resource.org(org.id()) : type.equals("users") ? V2Resource.user(user.id()) : V2Resource.ofOrg(type, org);
      perms.add(V2Permission.read(resource));
      perms.add(V2Permission.write(resource));
    }
    return addToken(token, user, org, perms.toArray(new V2Permission[0]));
  }

  /** The setup ("operator") token: every action on every resource of every org. */
  public synchronized V2Authorization addOperatorToken(String token, V2User user, V2Org org) {
    return addToken(token, user, org, V2Permission.read(V2Resource.all("instance")), V2Permission.write(V2Resource.all("instance")));
  }

  public synchronized void setTokenStatus(V2Authorization auth, V2Status status) {
    authorizations.computeIfPresent(auth.id(), (id, a) -> a.withStatus(status));
  }

  public synchronized void removeToken(V2Authorization auth) {
    authorizations.remove(auth.id());
  }

  /** A v1 username/password for {@code /query} (like {@code influx v1 auth create}). */
  public synchronized V2V1Credential addV1Credential(String username, String password, V2User user, V2Org org, V2Permission... permissions) {
    V2V1Credential cred = new V2V1Credential(newId(), username, Secret.of(password, "lab"), V2Status.ACTIVE, org.id(), user.id(), List.of(permissions));
    v1Credentials.put(cred.id(), cred);
    return cred;
  }

  public synchronized void setV1CredentialStatus(V2V1Credential cred, V2Status status) {
    v1Credentials.computeIfPresent(cred.id(), (id, c) -> c.withStatus(status));
  }

  /** An explicit DBRP mapping (like {@code influx v1 dbrp create}). */
  public synchronized V2Dbrp addDbrp(V2Bucket bucket, String database, String retentionPolicy, boolean isDefault) {
    V2Dbrp dbrp = new V2Dbrp(newId(), bucket.orgId(), bucket.id(), database, retentionPolicy, isDefault, false);
    dbrps.put(dbrp.id(), dbrp);
    return dbrp;
  }

  public synchronized void addPoints(V2Bucket bucket, Collection<Point> newPoints) {
    List<Point> list = points.get(bucket.id());
    if (list == null) {
      throw new IllegalArgumentException("no bucket " + bucket.name() + " (" + bucket.id() + ")");
    }
    list.addAll(newPoints);
  }

  // ---- reads used by the simulator ----

  public synchronized List<V2Org> orgs() {
    return List.copyOf(orgs.values());
  }

  public synchronized Optional<V2Org> orgById(String id) {
    return Optional.ofNullable(orgs.get(id));
  }

  public synchronized Optional<V2Org> orgByName(String name) {
    return orgs.values().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  public synchronized List<V2Bucket> buckets() {
    return List.copyOf(buckets.values());
  }

  public synchronized Optional<V2Bucket> bucketById(String id) {
    return Optional.ofNullable(buckets.get(id));
  }

  public synchronized Optional<V2Bucket> bucketByName(String orgId, String name) {
    return buckets.values().stream().filter(b -> b.orgId().equals(orgId) && b.name().equals(name)).findFirst();
  }

  public synchronized List<V2User> users() {
    return List.copyOf(users.values());
  }

  public synchronized Optional<V2User> userById(String id) {
    return Optional.ofNullable(users.get(id));
  }

  public synchronized List<V2Authorization> authorizations() {
    return List.copyOf(authorizations.values());
  }

  public synchronized Optional<V2Authorization> authorizationByToken(String token) {
    return authorizations.values().stream().filter(a -> a.tokenEquals(token)).findFirst();
  }

  public synchronized Optional<V2V1Credential> v1CredentialByUsername(String username) {
    return v1Credentials.values().stream().filter(c -> c.username().equals(username)).findFirst();
  }

  /**
   * The explicit mappings plus a virtual one per user bucket ({@code telegraf} ⇒ db {@code telegraf}, rp
   * {@code autogen}, default; {@code db/rp} ⇒ db {@code db}, rp {@code rp}) unless an explicit mapping has
   * the same database and retention policy.
   */
  public synchronized List<V2Dbrp> dbrps(String orgId) {
    List<V2Dbrp> out = new ArrayList<>();
    for (V2Dbrp d : dbrps.values()) {
      if (d.orgId().equals(orgId) && buckets.containsKey(d.bucketId())) {
        out.add(d);
      }
    }
    for (V2Bucket b : buckets.values()) {
      if (!b.orgId().equals(orgId) || b.system()) {
        continue;
      }
      int slash = b.name().indexOf('/');
      String db = slash < 0 ? b.name() : b.name().substring(0, slash);
      String rp = slash < 0 ? "autogen" : b.name().substring(slash + 1);
      boolean shadowed = out.stream().anyMatch(d -> !d.virtual() && d.database().equals(db) && d.retentionPolicy().equals(rp));
      if (!shadowed) {
        out.add(new V2Dbrp(b.id(), orgId, b.id(), db, rp, slash < 0, true));
      }
    }
    return out;
  }

  public synchronized List<Point> points(String bucketId) {
    List<Point> list = points.get(bucketId);
    return list == null ? List.of() : List.copyOf(list);
  }
}
