package io.influxcheck.app.cli;

import io.influxcheck.app.console.Ansi;
import io.influxcheck.app.console.OutputFormat;
import io.influxcheck.app.diagnose.DataSourceLoader;
import io.influxcheck.app.diagnose.DataSources;
import io.influxcheck.app.diagnose.DiagnosisRunner;
import io.influxcheck.app.grafana.GrafanaDiagnose;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.command.Suggestions;
import io.influxcheck.core.report.Report;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code influx-check diagnose}: diagnose data sources from provisioning files and/or influx-check.yaml. */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Diagnose Grafana InfluxDB data sources directly against InfluxDB.")
public final class DiagnoseCommand implements Callable<Integer> {
  @Option(names = "--provisioning", paramLabel = "FILE",
      description = "A Grafana data-source provisioning file (repeatable); extends the data sources of --config.")
  List<Path> provisioning = new ArrayList<>();

  @Option(names = "--datasource", paramLabel = "NAME", description = "Diagnose only this data source (name or uid; repeatable).")
  List<String> datasources = new ArrayList<>();

  @Option(names = "--all", description = "Diagnose every InfluxDB data source of --config (Grafanas and files), a few at a time, with a summary.")
  boolean all;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or markdown.")
  OutputFormat format;

  @Option(names = "--config", paramLabel = "FILE", description = "influx-check.yaml (Grafana instances, credentials, timeouts).")
  Path config;

  @Option(names = "--deadline", paramLabel = "SECONDS",
      description = "Give up on a data source after this many seconds (default: probes.deadline of the config, 10 s unless set, plus 5 s).")
  Integer deadlineSeconds;

  private final DataSourceLoader loader;
  private final Provider<DiagnosisRunner> runner;
  private final Terminal terminal;
  private final Provider<DiagnoseDeadline> defaultDeadline;

  private final Provider<GrafanaDiagnose> grafana;

  @Inject
  DiagnoseCommand(DataSourceLoader loader, Provider<DiagnosisRunner> runner, Terminal terminal, Provider<DiagnoseDeadline> deadline,
      Provider<GrafanaDiagnose> grafana) {
    this.grafana = grafana;
    this.loader = loader;
    this.runner = runner;
    this.terminal = terminal;
    this.defaultDeadline = deadline;
  }

  @Override
  public Integer call() {
    if (config != null && provisioning.isEmpty() && grafana.get().applies(all)) {
      return grafana.get().run(datasources, all, format);
    }
    if (config == null && provisioning.isEmpty()) {
      throw new UsageError("Nothing to diagnose: give --provisioning FILE (a Grafana data-source provisioning file) "
          + "and/or --config FILE (influx-check.yaml).");
    }
    if (deadlineSeconds != null && deadlineSeconds <= 0) {
      throw new UsageError("--deadline must be a positive number of seconds, not " + deadlineSeconds + ".");
    }
    DataSources loaded = loader.load(Optional.ofNullable(config), provisioning);
    loaded.notes().forEach(note -> terminal.note("influx-check: " + note));
    List<DataSourceSettings> selected = select(loaded.influx());
    List<String> skipped = loaded.skipped().stream()
        .map(s -> "skipped " + s + ": only InfluxDB data sources are diagnosed").toList();
    if (format == OutputFormat.TEXT) {
      skipped.forEach(line -> terminal.out().println("➖ " + line));
      if (!skipped.isEmpty()) {
        terminal.out().println();
      }
    } else {
      skipped.forEach(line -> terminal.note("influx-check: " + line));
    }
    Duration deadline = deadlineSeconds == null ? defaultDeadline.get().value() : Duration.ofSeconds(deadlineSeconds);
    List<Report> reports = runner.get().run(selected, deadline);
    terminal.out().print(format.renderer(terminal.ansi() == Ansi.ON).render(reports));
    terminal.out().flush();
    return ExitCode.of(reports);
  }

  private List<DataSourceSettings> select(List<DataSourceSettings> influx) {
    if (influx.isEmpty()) {
      throw new UsageError("No InfluxDB data source found in " + sources() + ".");
    }
    if (datasources.isEmpty()) {
      return influx;
    }
    Set<DataSourceSettings> chosen = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    List<String> names = influx.stream().map(DataSourceSettings::name).toList();
    for (String wanted : datasources) {
      List<DataSourceSettings> matches = influx.stream()
          .filter(s -> s.name().equals(wanted) || (!s.uid().isEmpty() && s.uid().equals(wanted))).toList();
      if (matches.isEmpty()) {
        matches = influx.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))).toList();
      }
      if (matches.isEmpty()) {
        List<String> close = Suggestions.closest(wanted, names, 3);
        problems.add("no InfluxDB data source named \"" + wanted + "\""
            + (close.isEmpty() ? "; known: " + String.join(", ", names) : "; did you mean " + String.join(" or ", close) + "?"));
      } else {
        chosen.addAll(matches);
      }
    }
    if (!problems.isEmpty()) {
      throw new UsageError("Unknown --datasource in " + sources() + ":", problems);
    }
    return List.copyOf(chosen);
  }

  private String sources() {
    List<String> files = new ArrayList<>();
    if (config != null) {
      files.add(config.toString());
    }
    provisioning.forEach(p -> files.add(p.toString()));
    return String.join(", ", files);
  }
}
