package io.influxcheck.core.grafana;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.ServerInfo;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import io.influxcheck.core.retest.RetestService;
import io.influxcheck.core.retest.SingleFlight;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Re-tests data sources through Grafana's health API. Concurrent re-tests of one data source
 * ({@link DataSourceRef#key()}) share one call; each caller gets the shared answer with its own name
 * in {@code requestedBy}. The previous answer per data source is kept in memory for a before/after view.
 */
public final class GrafanaRetestService implements RetestService {
  private final Function<String, Optional<GrafanaClient>> grafanas;
  private final GrafanaHealthCheck healthCheck;
  private final Clock clock;
  private final SingleFlight<String, Flight> flights;
  private final ConcurrentHashMap<String, HealthSnapshot> lastSnapshots = new ConcurrentHashMap<>();

  private record Flight(HealthSnapshot current, HealthSnapshot previous, long durationMs) { }

  /** @param grafanas the client of a configured Grafana by its name */
  public GrafanaRetestService(Function<String, Optional<GrafanaClient>> grafanas, Clock clock) {
    this(grafanas, clock, new SingleFlight<>());
  }

  GrafanaRetestService(Function<String, Optional<GrafanaClient>> grafanas, Clock clock, SingleFlight<String, Flight> flights) {
    this.grafanas = grafanas;
    this.healthCheck = new GrafanaHealthCheck(clock);
    this.clock = clock;
    this.flights = flights;
  }

  /** A service whose single-flight reports each caller that joins a running re-test (for deterministic tests). */
  public static GrafanaRetestService observed(Function<String, Optional<GrafanaClient>> grafanas, Clock clock,
      Consumer<String> onJoin) {
    return new GrafanaRetestService(grafanas, clock, new SingleFlight<>(onJoin));
  }

  @Override
  public RetestResult retest(DataSourceRef datasource, String requestedBy) {
    Flight flight = flights.run(datasource.key(), () -> fly(datasource));
    return new RetestResult(datasource, flight.current(), flight.previous(), flight.durationMs(), requestedBy);
  }

  private Flight fly(DataSourceRef datasource) {
    long start = System.nanoTime();
    HealthSnapshot current = check(datasource);
    long durationMs = (System.nanoTime() - start) / 1_000_000;
    HealthSnapshot previous = lastSnapshots.put(datasource.key(), current);
    return new Flight(current, previous, durationMs);
  }

  private HealthSnapshot check(DataSourceRef datasource) {
    if (datasource.grafana().isEmpty() || datasource.uid().isEmpty()) {
      return new HealthSnapshot(HealthStatus.UNKNOWN, datasource.name()
          + " is not a data source of a configured Grafana, so Grafana cannot re-test it; add the Grafana under `grafana:` in influx-check.yaml",
          null, clock.instant());
    }
    Optional<GrafanaClient> client = grafanas.apply(datasource.grafana());
    if (client.isEmpty()) {
      return new HealthSnapshot(HealthStatus.UNKNOWN, "No Grafana named `" + datasource.grafana() + "` is configured",
          FindingCode.DATASOURCE_NOT_FOUND, clock.instant());
    }
    return healthCheck.run(client.get(), datasource.uid(), datasource.queryLanguage(), ServerInfo.unknown()).snapshot();
  }
}
