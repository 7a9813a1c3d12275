package io.influxcheck.lab.grafana;

import java.util.List;

/**
 * What Grafana's InfluxDB backend makes of one query, split the way its health check splits it:
 * an error returned by the query call itself (configuration, or an InfluxQL transport failure), an
 * error carried in the query's {@code DataResponse}, or frames.
 */
sealed interface QueryOutcome permits QueryOutcome.Frames, QueryOutcome.RequestError, QueryOutcome.ResponseError {

  record Frames(List<DataFrame> frames) implements QueryOutcome {
    public Frames {
      frames = List.copyOf(frames);
    }
  }

  record RequestError(String message) implements QueryOutcome {}

  record ResponseError(String message) implements QueryOutcome {}
}
