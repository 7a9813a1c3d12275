package io.influxcheck.core.grafana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.influxcheck.config.Secret;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Grafana's answers are read up to probes.maxBodyBytes, as InfluxDB's are. */
class GrafanaClientBodyLimitTest {
  private final GrafanaStub grafana = GrafanaStub.start();

  @AfterEach
  void stop() {
    grafana.close();
  }

  private GrafanaClient client(long bodyLimit) {
    return GrafanaClient.create(new GrafanaConnection("prod", grafana.url(), Secret.of("canary-glsa-limit", "${GRAFANA_TOKEN}"),
        null, null, OptionalLong.empty()), bodyLimit);
  }

  @Test
  void aBodyIsReadUpToTheConfiguredLimit() {
    String big = "[" + "\"x\",".repeat(1000) + "\"x\"]";
    grafana.on("GET", "/api/datasources", 200, big);

    GrafanaExchange.Answered capped = (GrafanaExchange.Answered) client(64).dataSources();
    GrafanaExchange.Answered whole = (GrafanaExchange.Answered) client(GrafanaClient.DEFAULT_BODY_LIMIT).dataSources();

    assertThat(capped.body()).hasSize(64).isEqualTo(big.substring(0, 64));
    assertThat(whole.body()).isEqualTo(big);
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> client(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bodyLimit");
  }
}
