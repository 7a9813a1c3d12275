package io.influxcheck.lab.influx;

import io.influxcheck.config.Secret;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a simulated InfluxDB 3 Core holds: tokens (with optional expiry), databases with tables (points),
 * the {@code --disable-authz} set and {@code --without-auth}. Thread-safe.
 */
public final class Influx3State {
  /** Resources {@code --disable-authz} can exempt from authentication. */
  public enum Exempt { HEALTH, PING, METRICS }

  /** A token: its value is a {@link Secret}; {@code expiresAt} null = never. */
  public record Token(String name, Secret value, Instant expiresAt) {
    boolean validAt(String presented, Instant now) {
      return !value.isEmpty() && value.reveal().equals(presented) && (expiresAt == null || now.isBefore(expiresAt));
    }
  }

  private final List<Token> tokens = new ArrayList<>();
  private final Map<String, List<Point>> databases = new LinkedHashMap<>();
  private final Set<Exempt> exempt = EnumSet.noneOf(Exempt.class);
  private boolean withoutAuth;
  private String version = "3.9.6";
  private final String revision = "ecadc94474";
  private final String processId = UUID.randomUUID().toString();
  private final String clusterUuid = UUID.randomUUID().toString();

  public synchronized Token addToken(String name, String value) {
    return addToken(name, value, null);
  }

  public synchronized Token addToken(String name, String value, Instant expiresAt) {
    Token token = new Token(name, Secret.of(value, "lab"), expiresAt);
    tokens.add(token);
    return token;
  }

  public synchronized void removeToken(Token token) {
    tokens.remove(token);
  }

  public synchronized Influx3State addDatabase(String name) {
    databases.putIfAbsent(name, new ArrayList<>());
    return this;
  }

  public synchronized Influx3State addPoints(String database, Collection<Point> points) {
    databases.computeIfAbsent(database, d -> new ArrayList<>()).addAll(points);
    return this;
  }

  /** {@code --disable-authz health,ping,metrics}. */
  public synchronized Influx3State disableAuthz(Exempt... resources) {
    exempt.clear();
    exempt.addAll(List.of(resources));
    return this;
  }

  /** {@code --without-auth}: nothing is checked. */
  public synchronized Influx3State withoutAuth(boolean value) {
    this.withoutAuth = value;
    return this;
  }

  public synchronized Influx3State version(String newVersion) {
    this.version = newVersion;
    return this;
  }

  public synchronized String version() {
    return version;
  }

  String revision() {
    return revision;
  }

  String processId() {
    return processId;
  }

  String clusterUuid() {
    return clusterUuid;
  }

  synchronized boolean withoutAuth() {
    return withoutAuth;
  }

  synchronized boolean isExempt(Exempt resource) {
    return withoutAuth || exempt.contains(resource);
  }

  synchronized boolean tokenValid(String presented) {
    Instant now = Instant.now();
    return tokens.stream().anyMatch(t -> t.validAt(presented, now));
  }

  synchronized List<String> databases() {
    return List.copyOf(databases.keySet());
  }

  synchronized Optional<List<Point>> points(String database) {
    List<Point> points = databases.get(database);
    return points == null ? Optional.empty() : Optional.of(List.copyOf(points));
  }
}
