package io.influxcheck.core.directory;

import io.influxcheck.core.diagnosis.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The data sources found, in display order, and the sources that could not be read.
 *
 * @param problems one line per Grafana or file that could not be listed, naming what to fix
 */
public record Listing(List<KnownDataSource> dataSources, List<SourceProblem> problems) {
  public Listing {
    dataSources = List.copyOf(dataSources);
    problems = List.copyOf(problems);
  }

  /**
   * A Grafana or provisioning source that could not be listed.
   *
   * @param finding the finding that explains it (GRAFANA_UNREACHABLE, GRAFANA_TOKEN_INVALID, ...), when there is one
   */
  public record SourceProblem(String source, String message, Optional<Finding> finding) {
    public SourceProblem {
      Objects.requireNonNull(source, "source is null");
      Objects.requireNonNull(message, "message is null");
      finding = finding == null ? Optional.empty() : finding;
    }

    @Override
    public String toString() {
      return source + ": " + message;
    }
  }
}
