package io.influxcheck.core.probe;

import io.influxcheck.core.diagnosis.Evidence;
import java.util.Objects;

/**
 * The outcome of one probe: an HTTP answer of any status, or no answer at all. Consumers tell the
 * two apart with {@code instanceof}; adding a variant must be handled everywhere.
 */
public sealed interface ProbeResult permits ProbeResult.Answered, ProbeResult.TransportFailure {

  SentRequest request();

  long elapsedMs();

  /** The request and what came back, as report evidence (never containing a secret). */
  Evidence evidence();

  /** The server answered with a status line (401, 500 and HTML pages included). */
  record Answered(SentRequest request, HttpExchange exchange, long elapsedMs) implements ProbeResult {
    public Answered {
      Objects.requireNonNull(request, "request is null");
      Objects.requireNonNull(exchange, "exchange is null");
    }

    @Override
    public Evidence evidence() {
      return new Evidence("influxdb", request.method(), request.path(), request.auth(),
          exchange.status(), exchange.excerpt(), elapsedMs);
    }
  }

  /** No complete answer: DNS, refused, timeout, TLS or another I/O failure. */
  record TransportFailure(SentRequest request, FailureKind kind, String detail, long elapsedMs) implements ProbeResult {
    public TransportFailure {
      Objects.requireNonNull(request, "request is null");
      Objects.requireNonNull(kind, "kind is null");
      detail = detail == null ? "" : detail;
    }

    @Override
    public Evidence evidence() {
      return new Evidence("influxdb", request.method(), request.path(), request.auth(),
          null, kind + ": " + detail, elapsedMs);
    }
  }
}
