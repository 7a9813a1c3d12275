package io.influxcheck.app.demo;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import java.util.Objects;
import java.util.Set;

/**
 * One failure scenario of the running lab: the data-source settings Grafana would have (pointing at a
 * simulator), and what a correct diagnosis must find.
 */
public record DemoScenario(String name, String description, DataSourceSettings settings, Verdict expectedVerdict,
    Set<FindingCode> expectedCodes) {
  public DemoScenario {
    Objects.requireNonNull(name, "name is null");
    description = description == null ? "" : description;
    Objects.requireNonNull(settings, "settings is null");
    Objects.requireNonNull(expectedVerdict, "expectedVerdict is null");
    expectedCodes = Set.copyOf(expectedCodes);
  }
}
