package io.influxcheck.lab.fault;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which fault, if any, a simulator applies to a request: a fault set for the exact path wins over the
 * one set for the whole simulator. Thread-safe; changes apply to the next request.
 */
public final class FaultPlan {
  private final AtomicReference<Fault> everywhere = new AtomicReference<>();
  private final Map<String, Fault> byPath = new ConcurrentHashMap<>();

  /** Apply {@code fault} to every request. */
  public FaultPlan setAll(Fault fault) {
    everywhere.set(Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /** Apply {@code fault} to requests for exactly {@code path} (no query string), e.g. {@code /api/v2/query}. */
  public FaultPlan setFor(String path, Fault fault) {
    byPath.put(Objects.requireNonNull(path, "path"), Objects.requireNonNull(fault, "fault"));
    return this;
  }

  public FaultPlan clearFor(String path) {
    byPath.remove(path);
    return this;
  }

  /** Back to normal behaviour everywhere. */
  public FaultPlan clear() {
    everywhere.set(null);
    byPath.clear();
    return this;
  }

  public Optional<Fault> faultFor(String path) {
    Fault specific = byPath.get(path);
    return Optional.ofNullable(specific != null ? specific : everywhere.get());
  }
}
