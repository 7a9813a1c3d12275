package io.influxcheck.app.cli;

import io.influxcheck.app.runbook.RunbookEntries;
import io.influxcheck.app.runbook.RunbookMarkdown;
import io.influxcheck.core.command.Suggestions;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.RunbookEntry;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code influx-check runbook [CODE]}: the on-call runbook in Markdown, generated from the finding catalogue. */
@Command(name = "runbook", mixinStandardHelpOptions = true,
    description = "Print the on-call runbook (Markdown), or the section of one finding code.")
public final class RunbookCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "CODE", description = "A finding code, e.g. TOKEN_INVALID (any case).")
  String code;

  private final RunbookEntries entries;
  private final Terminal terminal;

  @Inject
  RunbookCommand(RunbookEntries entries, Terminal terminal) {
    this.entries = entries;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    List<RunbookEntry> all = entries.all();
    if (code == null) {
      terminal.out().print(new RunbookMarkdown().render(entries.workflow(), all));
      terminal.out().flush();
      return ExitCode.HEALTHY;
    }
    FindingCode wanted = FindingCode.parse(code).orElseThrow(() -> new UsageError("Unknown finding code `" + code + "`.",
        Suggestions.closest(code.replace('-', '_'), Arrays.stream(FindingCode.values()).map(Enum::name).toList(), 3)
            .stream().map(s -> "did you mean " + s + "?").toList()));
    RunbookEntry entry = all.stream().filter(e -> e.code() == wanted).findFirst()
        .orElseThrow(() -> new UsageError("The runbook has no entry for " + wanted.name() + " yet."));
    terminal.out().print(new RunbookMarkdown().render(entry));
    terminal.out().flush();
    return ExitCode.HEALTHY;
  }
}
