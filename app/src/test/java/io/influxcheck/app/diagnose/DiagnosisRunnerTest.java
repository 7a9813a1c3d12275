package io.influxcheck.app.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Diagnoser;
import io.influxcheck.core.diagnosis.Verdict;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.report.Report;
import io.influxcheck.core.report.ServerInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiagnosisRunnerTest {
  private static final Clock CLOCK = Clock.systemUTC();

  private static List<DataSourceSettings> dataSources(int count) {
    return IntStream.range(0, count).mapToObj(i -> DataSourceSettings.builder("ds-" + i).uid("ds-" + i).url("http://127.0.0.1:1").build()).toList();
  }

  private static Report healthy(DataSourceSettings settings) {
    DataSourceRef ref = new DataSourceRef(settings.name(), settings.uid(), settings.url(), settings.queryLanguage(), "", "");
    return new Report(ref, Verdict.HEALTHY, ServerInfo.unknown(), List.of(), null, 0, CLOCK.instant());
  }

  @Test
  void diagnosesAtMostProbesConcurrencyDataSourcesAtOnceAndAnswersEveryOneInOrder() {
    Set<Thread> workers = ConcurrentHashMap.newKeySet();
    Diagnoser diagnoser = (settings, progress) -> {
      workers.add(Thread.currentThread());
      return healthy(settings);
    };

    List<Report> reports = new DiagnosisRunner(diagnoser, CLOCK, 2).run(dataSources(6), Duration.ofSeconds(30));

    assertThat(reports).extracting(r -> r.datasource().uid()).containsExactly("ds-0", "ds-1", "ds-2", "ds-3", "ds-4", "ds-5");
    assertThat(reports).extracting(Report::verdict).containsOnly(Verdict.HEALTHY);
    assertThat(workers).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void concurrencyMustBePositive() {
    assertThatThrownBy(() -> new DiagnosisRunner((settings, progress) -> healthy(settings), CLOCK, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrency");
  }
}
