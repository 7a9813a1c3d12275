package io.influxcheck.lab.grafana;

import java.time.Duration;
import java.util.Optional;

/**
 * Grafana's InfluxDB health check ({@code pkg/tsdb/influxdb/healthcheck.go}, facts D.3): runs the probe
 * query of the data source's language upstream and phrases the result exactly as Grafana does.
 */
final class HealthCheck {
  private final InfluxPlugin plugin;

  HealthCheck(InfluxPlugin plugin) {
    this.plugin = plugin;
  }

  /** Grafana's {@code CheckHealthResult}: OK or ERROR and the message. */
  record Result(boolean ok, String message) {
    static Result working(String message) {
      return new Result(true, "datasource is working. " + message);
    }

    /** {@code getHealthCheckMessage}: the error first, then the context, one space between. */
    static Result failed(String error, String context) {
      return new Result(false, error + " " + context);
    }
  }

  Result check(GrafanaDataSource ds, Duration timeout) {
    Optional<InfluxPlugin.Mode> mode = InfluxPlugin.mode(ds);
    if (mode.isEmpty()) {
      return Result.failed("unknown influx version", "");
    }
    switch (mode.get()) {
      case FLUX:
        return flux(plugin.run(ds, InfluxPlugin.Mode.FLUX, InfluxPlugin.FLUX_HEALTH_QUERY, timeout));
      case SQL:
        return sql(plugin.run(ds, InfluxPlugin.Mode.SQL, InfluxPlugin.SQL_HEALTH_QUERY, timeout));
      default:
        return influxQl(plugin.run(ds, InfluxPlugin.Mode.INFLUXQL, InfluxPlugin.INFLUXQL_HEALTH_QUERY, timeout));
    }
  }

  private static Result flux(QueryOutcome outcome) {
    if (outcome instanceof QueryOutcome.RequestError) {
      return Result.failed(((QueryOutcome.RequestError) outcome).message(), "error performing flux query");
    }
    if (outcome instanceof QueryOutcome.ResponseError) {
      return Result.failed(((QueryOutcome.ResponseError) outcome).message(), "error reading buckets");
    }
    QueryOutcome.Frames frames = (QueryOutcome.Frames) outcome;
    if (!frames.frames().isEmpty() && !frames.frames().get(0).fields().isEmpty()) {
      return Result.working(frames.frames().get(0).rowCount() + " buckets found");
    }
    return Result.failed("error getting flux query buckets", "");
  }

  private static Result influxQl(QueryOutcome outcome) {
    if (outcome instanceof QueryOutcome.RequestError) {
      return Result.failed(((QueryOutcome.RequestError) outcome).message(), "error performing influxQL query");
    }
    if (outcome instanceof QueryOutcome.ResponseError) {
      return Result.failed(((QueryOutcome.ResponseError) outcome).message(), "error reading influxDB");
    }
    QueryOutcome.Frames frames = (QueryOutcome.Frames) outcome;
    if (frames.frames().isEmpty()) {
      return Result.working("0 measurements found");
    }
    if (!frames.frames().get(0).fields().isEmpty()) {
      return Result.working(frames.frames().get(0).rowCount() + " measurements found");
    }
    return Result.failed("error connecting influxDB influxQL", "");
  }

  private static Result sql(QueryOutcome outcome) {
    if (outcome instanceof QueryOutcome.RequestError) {
      return Result.failed(((QueryOutcome.RequestError) outcome).message(), "error performing sql query");
    }
    if (outcome instanceof QueryOutcome.ResponseError) {
      return new Result(false, "ERROR: " + ((QueryOutcome.ResponseError) outcome).message());
    }
    return new Result(true, "OK");
  }
}
