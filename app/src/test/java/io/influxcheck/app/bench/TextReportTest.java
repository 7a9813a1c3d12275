package io.influxcheck.app.bench;

import io.influxcheck.app.golden.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text tables, from fixed numbers: the layout is reviewed through the golden file. */
class TextReportTest {
  @Test
  void rendersEveryPartAndTheTargets() {
    Golden.assertMatches("bench/report.txt", TextReport.render(BenchReports.sample()));
  }

  @Test
  void aReportWithoutTheOptionalPartsLeavesThemOut() {
    BenchReport full = BenchReports.sample();
    BenchReport lean = new BenchReport(full.machine(), full.settings(), full.diagnoses(), List.of(), List.of(), null, List.of(), null, null,
        List.of());
    Golden.assertMatches("bench/lean-report.txt", TextReport.render(lean));
  }
}
