package io.influxcheck.app.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.inject.AbstractModule;
import io.influxcheck.app.cli.CliRun;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.core.diagnosis.FindingCatalogue;
import io.influxcheck.core.diagnosis.FindingCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/RUNBOOK.md is the checked-in output of {@code influx-check runbook}; it must not drift from the catalogue. */
class RunbookDocTest {
  private static final Path DOC = Path.of("..", "docs", "RUNBOOK.md");

  @Test
  void checkedInRunbookIsUpToDate() throws IOException {
    String generated = new RunbookMarkdown().render(FindingCatalogue.workflow(), FindingCatalogue.entries());
    String checkedIn = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    if (generated.equals(checkedIn)) {
      return;
    }
    if (Boolean.getBoolean("updateGolden")) {
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
      fail("Rewrote docs/RUNBOOK.md: review the diff, then run again without -DupdateGolden");
    }
    fail("docs/RUNBOOK.md is out of date with the finding catalogue. Regenerate it with: "
        + RunbookMarkdown.REGENERATE + " (or run this test with -DupdateGolden=true), then review and commit it.");
  }

  @Test
  void runbookCommandPrintsExactlyTheDocument() throws IOException {
    CliRun run = CliRun.of(new AbstractModule() { }, "runbook");
    assertThat(run.exitCode()).isEqualTo(ExitCode.HEALTHY);
    assertThat(run.out()).isEqualTo(new RunbookMarkdown().render(FindingCatalogue.workflow(), FindingCatalogue.entries()));
    for (FindingCode code : FindingCode.values()) {
      assertThat(run.out()).contains("\n### " + code.name() + "\n");
    }
  }

  @Test
  void oneCodeInAnyCase() {
    CliRun run = CliRun.of(new AbstractModule() { }, "runbook", "token-invalid");
    assertThat(run.exitCode()).isEqualTo(ExitCode.HEALTHY);
    assertThat(run.out()).startsWith("### TOKEN_INVALID\n").contains("curl");
  }

  @Test
  void unknownCodeSuggestsTheClosest() {
    CliRun run = CliRun.of(new AbstractModule() { }, "runbook", "TOKEN_INVALIDD");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("did you mean TOKEN_INVALID?");
  }
}
