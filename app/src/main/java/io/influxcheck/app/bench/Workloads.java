package io.influxcheck.app.bench;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.lab.scenario.Lab;
import io.influxcheck.lab.scenario.Scenario;
import io.influxcheck.lab.scenario.ScenarioCatalogue;
import io.influxcheck.lab.scenario.ScenarioInput;
import java.util.List;
import java.util.function.Predicate;

/**
 * The data sources {@code all} runs over, besides the lab Grafana's own: the direct scenarios of the catalogue
 * as a provisioning file would declare them (one data source per scenario, healthy and broken mixed).
 */
final class Workloads {
  static final String NEVER_ANSWERS = "influx-never-answers";

  private Workloads() { }

  /** Every direct scenario that gets an answer without waiting for a timeout. */
  static List<DataSourceSettings> answering(Lab lab) {
    return direct(lab, s -> !s.name().equals(NEVER_ANSWERS));
  }

  /** The never-answering scenario alone. */
  static List<DataSourceSettings> neverAnswering(Lab lab) {
    return direct(lab, s -> s.name().equals(NEVER_ANSWERS));
  }

  private static List<DataSourceSettings> direct(Lab lab, Predicate<Scenario> wanted) {
    return ScenarioCatalogue.all().stream()
        .filter(s -> !s.throughGrafana())
        .filter(wanted)
        .map(s -> s.input(lab))
        .filter(ScenarioInput.Direct.class::isInstance)
        .map(input -> ((ScenarioInput.Direct) input).settings())
        .toList();
  }
}
