package io.influxcheck.app.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.config.QueryLanguage;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.Checklist;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary table of {@code diagnose --all} keeps its columns aligned whatever the data source names. */
class GrafanaDiagnoseSummaryTest {
  private static Report report(String name, Verdict verdict) {
    return new Report(new DataSourceRef(name, name, "http://influxdb:8086", QueryLanguage.FLUX, "lab", ""), verdict, null, List.of(),
        new Checklist("", List.of()), 12, Instant.EPOCH);
  }

  @Test
  void aLongNameWidensTheFirstColumnForEveryRow() {
    String text = GrafanaDiagnose.summary(List.of(report("short", Verdict.HEALTHY),
        report("InfluxDB 2 (token reads telegraf only, a long name)", Verdict.UNHEALTHY)), false);

    List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.equals("Summary")).toList();
    assertThat(lines).hasSize(3);
    int column = lines.get(0).indexOf("GRAFANA");
    assertThat(lines.get(1).indexOf(" lab ") + 1).isEqualTo(column);
    assertThat(lines.get(2).indexOf(" lab ") + 1).isEqualTo(column);
    assertThat(lines.get(2)).contains("a long name)  lab");
  }
}
