package io.influxcheck.lab.grafana;

import io.influxcheck.lab.http.CallLog;
import io.influxcheck.lab.http.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything a simulated Grafana knows: its version, service accounts, data sources with their
 * stored secrets, and what happened (calls, health checks per data source). Thread-safe; a test may
 * change it while the simulator runs (e.g. rotate a stored token behind the API's back).
 */
public final class GrafanaState {
  private final Object lock = new Object();
  private volatile String grafanaVersion = "11.4.0";
  private volatile String commit = "b58701869e1a11b696010a6f28bd96b68a2cf0d0";
  private volatile Duration upstreamTimeout = Duration.ofSeconds(10);
  private final List<ServiceAccount> serviceAccounts = new CopyOnWriteArrayList<>();
  private final Map<String, GrafanaDataSource> dataSources = new LinkedHashMap<>();
  private long nextId = 1;
  private volatile CallLog callLog;
  private final Map<String, AtomicInteger> healthCalls = new ConcurrentHashMap<>();
  private volatile HealthGate healthGate;

  /** Grafana 11.4.0 with no service accounts and no data sources. */
  public GrafanaState() {}

  public GrafanaState grafanaVersion(String version) {
    this.grafanaVersion = Objects.requireNonNull(version);
    return this;
  }

  public String grafanaVersion() {
    return grafanaVersion;
  }

  public GrafanaState commit(String commit) {
    this.commit = Objects.requireNonNull(commit);
    return this;
  }

  public String commit() {
    return commit;
  }

  /** How long a forwarded query or health check may take upstream before it fails like a Go timeout. */
  public GrafanaState upstreamTimeout(Duration timeout) {
    this.upstreamTimeout = Objects.requireNonNull(timeout);
    return this;
  }

  public Duration upstreamTimeout() {
    return upstreamTimeout;
  }

  public GrafanaState add(ServiceAccount account) {
    serviceAccounts.add(account);
    return this;
  }

  /** Adds or replaces a data source (by uid); an {@code id} of 0 gets the next free id. */
  public GrafanaState add(GrafanaDataSource dataSource) {
    synchronized (lock) {
      GrafanaDataSource stored = dataSource;
      if (dataSource.id() == 0) {
        GrafanaDataSource existing = dataSources.get(dataSource.uid());
        long id = existing != null ? existing.id() : nextId++;
        stored = dataSource.toBuilder().id(id).build();
      } else {
        nextId = Math.max(nextId, dataSource.id() + 1);
      }
      dataSources.put(stored.uid(), stored);
    }
    return this;
  }

  public Optional<GrafanaDataSource> dataSource(String uid) {
    synchronized (lock) {
      return Optional.ofNullable(dataSources.get(uid));
    }
  }

  /** Data sources sorted by name, case-insensitively, as {@code GET /api/datasources} lists them. */
  public List<GrafanaDataSource> dataSources() {
    synchronized (lock) {
      List<GrafanaDataSource> all = new ArrayList<>(dataSources.values());
      all.sort(Comparator.comparing(ds -> ds.name().toLowerCase(java.util.Locale.ROOT)));
      return all;
    }
  }

  /**
   * Every request the simulator serving this state received so far, oldest first (recorded on arrival,
   * before it is answered or a fault applies). Empty before a simulator starts; the same as
   * {@link GrafanaSimulator#calls()}{@code .all()}.
   */
  public List<RecordedCall> calls() {
    CallLog log = callLog;
    return log == null ? List.of() : log.all();
  }

  /** How many health checks were received for {@code uid} (counted on arrival, before any gate). */
  public int healthCalls(String uid) {
    AtomicInteger count = healthCalls.get(uid);
    return count == null ? 0 : count.get();
  }

  /** Holds every health check that arrives from now on until the returned gate is released. */
  public HealthGate holdHealthChecks() {
    HealthGate gate = new HealthGate();
    healthGate = gate;
    return gate;
  }

  Optional<ServiceAccount> accountWithToken(String token) {
    for (ServiceAccount account : serviceAccounts) {
      if (account.token().reveal().equals(token)) {
        return Optional.of(account);
      }
    }
    return Optional.empty();
  }

  Object lock() {
    return lock;
  }

  /** Replaces a stored data source; the caller holds {@link #lock()}. */
  void replaceLocked(GrafanaDataSource dataSource) {
    dataSources.put(dataSource.uid(), dataSource);
  }

  Map<String, GrafanaDataSource> dataSourcesLocked() {
    return dataSources;
  }

  /** Called by the simulator that serves this state: its call log becomes {@link #calls()}. */
  void attach(CallLog log) {
    this.callLog = log;
  }

  void countHealthCall(String uid) {
    healthCalls.computeIfAbsent(uid, u -> new AtomicInteger()).incrementAndGet();
  }

  Optional<HealthGate> healthGate() {
    return Optional.ofNullable(healthGate);
  }
}
