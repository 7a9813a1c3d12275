package io.influxcheck.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.lab.fixtures.ReportFixtures;
import org.junit.jupiter.api.Test;

class ProvisioningFilesTest {
  @Test
  void writesAGrafanaProvisioningFile() {
    String yaml = new ProvisioningFiles().yaml(ReportFixtures.fluxSettings());
    assertThat(yaml).isEqualTo(String.join("\n",
        "apiVersion: 1",
        "datasources:",
        "- name: influx-prod",
        "  uid: P951FEA4DE68E13C5",
        "  type: influxdb",
        "  access: proxy",
        "  url: http://influxdb.internal:8086",
        "  jsonData:",
        "    version: Flux",
        "    organization: acme",
        "    defaultBucket: telegraf",
        "    httpMode: POST",
        "  secureJsonData:",
        "    token: " + ReportFixtures.CANARY_SECRET,
        ""));
  }
}
