package io.influxcheck.core.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GrafanaExchangeTest {
  @Test
  void aTimeoutWhoseBudgetWasTheRestOfTheDeadlineIsTheDeadline() {
    assertThat(new GrafanaExchange.Failed("GET", "/api/health", GrafanaExchange.Failure.TIMEOUT,
        GrafanaExchange.Failed.CUT_BY_DEADLINE + " (SocketTimeoutException: timeout)", 1000).isDeadline()).isTrue();
    assertThat(new GrafanaExchange.Failed("GET", "/api/health", GrafanaExchange.Failure.TIMEOUT,
        GrafanaExchange.Failed.NOT_SENT_AFTER_DEADLINE, 0).isDeadline()).isTrue();
  }

  @Test
  void aTimeoutWithinItsOwnTimeoutOrAnotherFailureIsGrafana() {
    assertThat(new GrafanaExchange.Failed("GET", "/api/health", GrafanaExchange.Failure.TIMEOUT,
        "SocketTimeoutException: timeout", 3000).isDeadline()).isFalse();
    assertThat(new GrafanaExchange.Failed("GET", "/api/health", GrafanaExchange.Failure.UNREACHABLE,
        GrafanaExchange.Failed.CUT_BY_DEADLINE, 3000).isDeadline()).isFalse();
  }
}
