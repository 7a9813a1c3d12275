package io.influxcheck.lab.influx;

import io.influxcheck.config.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulated InfluxDB 1.x holds and how it is configured: mode (1.8 or 1.6), version,
 * {@code auth-enabled}, {@code flux-enabled}, {@code shared-secret}, users with grants, databases with points
 * (one retention policy, {@code autogen}). Thread-safe; change it while the simulator runs.
 */
public final class Influx1State {
  private final Influx1Mode mode;
  private String version;
  private boolean authEnabled = true;
  private boolean fluxEnabled;
  private Secret sharedSecret = Secret.empty();
  private final Map<String, Influx1User> users = new LinkedHashMap<>();
  private final Map<String, List<Point>> databases = new LinkedHashMap<>();

  public Influx1State(Influx1Mode mode) {
    this.mode = mode;
    this.version = mode.defaultVersion();
  }

  public Influx1Mode mode() {
    return mode;
  }

  public synchronized String version() {
    return version;
  }

  public synchronized Influx1State version(String newVersion) {
    this.version = newVersion;
    return this;
  }

  public synchronized boolean authEnabled() {
    return authEnabled;
  }

  /** {@code [http] auth-enabled}; true by default here (the interesting case), false in a stock install. */
  public synchronized Influx1State authEnabled(boolean enabled) {
    this.authEnabled = enabled;
    return this;
  }

  public synchronized boolean fluxEnabled() {
    return fluxEnabled;
  }

  /** {@code [http] flux-enabled} (1.8 only; false by default, as in the real config). */
  public synchronized Influx1State fluxEnabled(boolean enabled) {
    this.fluxEnabled = enabled;
    return this;
  }

  public synchronized Secret sharedSecret() {
    return sharedSecret;
  }

  /** {@code [http] shared-secret} for Bearer JWTs; empty = {@code bearer auth disabled}. */
  public synchronized Influx1State sharedSecret(String secret) {
    this.sharedSecret = Secret.of(secret, "lab");
    return this;
  }

  public synchronized Influx1User addUser(String name, String password, boolean admin) {
    Influx1User user = new Influx1User(name, Secret.of(password, "lab"), admin, Map.of());
    users.put(name, user);
    return user;
  }

  public synchronized Influx1User grant(String userName, String database, Influx1Privilege privilege) {
    Influx1User user = users.get(userName);
    if (user == null) {
      throw new IllegalArgumentException("no user " + userName);
    }
    Map<String, Influx1Privilege> grants = new LinkedHashMap<>(user.grants());
    grants.put(database, privilege);
    Influx1User updated = new Influx1User(user.name(), user.password(), user.admin(), grants);
    users.put(userName, updated);
    return updated;
  }

  public synchronized void removeUser(String name) {
    users.remove(name);
  }

  public synchronized Influx1State addDatabase(String name) {
    databases.putIfAbsent(name, new ArrayList<>());
    return this;
  }

  public synchronized Influx1State addPoints(String database, Collection<Point> points) {
    databases.computeIfAbsent(database, d -> new ArrayList<>()).addAll(points);
    return this;
  }

  synchronized Optional<Influx1User> user(String name) {
    return Optional.ofNullable(users.get(name));
  }

  synchronized int userCount() {
    return users.size();
  }

  synchronized boolean adminExists() {
    return users.values().stream().anyMatch(Influx1User::admin);
  }

  synchronized List<String> databases() {
    return List.copyOf(databases.keySet());
  }

  synchronized Optional<List<Point>> points(String database) {
    List<Point> points = databases.get(database);
    return points == null ? Optional.empty() : Optional.of(List.copyOf(points));
  }
}
