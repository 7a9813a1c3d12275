package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.ConfigLoader;
import io.influxcheck.config.InfluxCheckConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The lab's influx-check.yaml loads through the config module and points at the lab's Grafana with the bot's token. */
class LabConfigFileTest {
  @Test
  void loadsWithTheLabsGrafanaAndCredentials() throws Exception {
    try (Lab lab = Lab.start()) {
      ProvisioningFile file = LabConfigFile.render(lab);
      assertThat(file.yaml()).doesNotContain(lab.secrets().grafanaBot()).doesNotContain(lab.secrets().v2AllAccess());

      InfluxCheckConfig config = new ConfigLoader(file.env()::get).parse(file.yaml(), Path.of("influx-check.yaml"));

      assertThat(config.grafana()).singleElement().satisfies(g -> {
        assertThat(g.name()).isEqualTo("lab");
        assertThat(g.url().resolve("/")).isEqualTo(java.net.URI.create(lab.grafanaUrl() + "/"));
        assertThat(g.token().reveal()).isEqualTo(lab.secrets().grafanaBot());
      });
      assertThat(config.datasources()).singleElement().satisfies(d -> {
        assertThat(d.match().value()).isEqualTo(LabData.DS_STALE_TOKEN);
        assertThat(d.token().reveal()).isEqualTo(lab.secrets().v2AllAccess());
      });
    }
  }
}
