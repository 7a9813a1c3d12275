package io.influxcheck.core.grafana;

import io.influxcheck.core.diagnosis.Evidence;
import java.util.Objects;

/**
 * One request to Grafana and what came of it: an HTTP answer (any status is data) or a transport
 * failure. Bodies are size-capped; nothing here holds the bot's token.
 */
public sealed interface GrafanaExchange {
  String method();

  String path();

  long elapsedMs();

  /** Evidence for a finding; {@code auth} is the scheme and token fingerprint. */
  Evidence evidence(String auth);

  /** Grafana answered with an HTTP status. */
  record Answered(String method, String path, int status, String body, long elapsedMs) implements GrafanaExchange {
    private static final int EXCERPT_LIMIT = 600;

    public Answered {
      Objects.requireNonNull(method, "method is null");
      Objects.requireNonNull(path, "path is null");
      body = body == null ? "" : body;
    }

    public boolean isSuccess() {
      return status >= 200 && status < 300;
    }

    @Override
    public Evidence evidence(String auth) {
      String excerpt = body.length() > EXCERPT_LIMIT ? body.substring(0, EXCERPT_LIMIT) + " ..." : body;
      return new Evidence("grafana", method, path, auth, status, excerpt.strip(), elapsedMs);
    }
  }

  /** No HTTP answer: connection refused, DNS, TLS, timeout or an unreadable response. */
  record Failed(String method, String path, Failure failure, String detail, long elapsedMs) implements GrafanaExchange {
    public Failed {
      Objects.requireNonNull(method, "method is null");
      Objects.requireNonNull(path, "path is null");
      Objects.requireNonNull(failure, "failure is null");
      detail = detail == null ? "" : detail;
    }

    /** The details of a request the diagnosis deadline cut short or kept from being sent. */
    static final String CUT_BY_DEADLINE = "no answer before the diagnosis deadline";
    static final String NOT_SENT_AFTER_DEADLINE = "not sent: the diagnosis deadline had passed";

    /** True when this failure is the diagnosis deadline, not Grafana: its time budget was what was left. */
    public boolean isDeadline() {
      return failure == Failure.TIMEOUT && (detail.startsWith(CUT_BY_DEADLINE) || detail.startsWith(NOT_SENT_AFTER_DEADLINE));
    }

    @Override
    public Evidence evidence(String auth) {
      return new Evidence("grafana", method, path, auth, null, failure.describe() + ": " + detail, elapsedMs);
    }
  }

  /** Why no HTTP answer came back. */
  enum Failure {
    INVALID_URL("invalid Grafana URL"),
    UNREACHABLE("connection failed"),
    TIMEOUT("timed out"),
    TLS("TLS handshake failed"),
    BROKEN_RESPONSE("response could not be read");

    private final String description;

    Failure(String description) {
      this.description = description;
    }

    public String describe() {
      return description;
    }
  }
}
