package io.influxcheck.lab.scenario;

import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Verdict;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One named situation of the lab and what a correct diagnosis of it finds.
 *
 * @param name stable kebab-case name, e.g. {@code influx2-flux-token-invalid}
 * @param summary what is wrong, in one line
 * @param server the kind of server the data source points at
 * @param expectedVerdict the verdict a correct diagnosis gives
 * @param expectedCodes codes that must all appear among the findings (others may appear too)
 * @param input how to get the diagnosis input from a running lab
 */
public record Scenario(String name, String summary, ScenarioServer server, Verdict expectedVerdict, Set<FindingCode> expectedCodes,
    Function<Lab, ScenarioInput> input) {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Scenario {
    Objects.requireNonNull(name, "name is null");
    if (!KEBAB.matcher(name).matches()) {
      throw new IllegalArgumentException("scenario names are kebab-case: " + name);
    }
    Objects.requireNonNull(summary, "summary is null");
    Objects.requireNonNull(server, "server is null");
    Objects.requireNonNull(expectedVerdict, "expectedVerdict is null");
    expectedCodes = expectedCodes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(expectedCodes));
    Objects.requireNonNull(input, "input is null");
  }

  /** The input for this scenario in {@code lab}. */
  public ScenarioInput input(Lab lab) {
    return input.apply(lab);
  }

  /** True for a scenario diagnosed from Grafana's side. */
  public boolean throughGrafana() {
    return server == ScenarioServer.GRAFANA;
  }

  @Override
  public String toString() {
    return name;
  }
}
