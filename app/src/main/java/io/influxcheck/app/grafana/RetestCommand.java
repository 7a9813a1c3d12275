package io.influxcheck.app.grafana;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.console.OutputFormat;
import io.influxcheck.core.command.Command;
import io.influxcheck.core.command.Reply;
import io.influxcheck.core.command.Requester;
import io.influxcheck.core.report.ProgressListener;
import io.influxcheck.core.retest.HealthSnapshot;
import io.influxcheck.core.retest.HealthStatus;
import io.influxcheck.core.retest.RetestResult;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Option;

/** {@code influx-check retest}: runs Grafana's health check (Save &amp; test) for one data source. */
@picocli.CommandLine.Command(name = "retest", mixinStandardHelpOptions = true,
    description = "Re-run Grafana's health check (Save & test) for one data source; exits 0 only when Grafana says OK.")
public final class RetestCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--config", paramLabel = "FILE", description = "influx-check.yaml with a grafana: section.")
  Path config;

  @Option(names = "--datasource", required = true, paramLabel = "NAME_OR_UID",
      description = "Name or uid (case-insensitive); NAME@GRAFANA when several Grafanas have it.")
  String datasource;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or markdown.")
  OutputFormat format;

  private final Provider<HandlerFactory> handlers;
  private final Terminal terminal;

  @Inject
  RetestCommand(Provider<HandlerFactory> handlers, Terminal terminal) {
    this.handlers = handlers;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    HandlerFactory factory = handlers.get();
    factory.requireSources("retest");
    Reply reply = HandlerFactory.orUsageError(
        factory.handler().handle(new Command.Retest(datasource), Requester.console(), ProgressListener.NONE));
    RetestResult result = ((Reply.RetestReply) reply).result();
    terminal.out().print(render(result, format));
    terminal.out().flush();
    return switch (result.current().status()) {
      case OK -> ExitCode.HEALTHY;
      case ERROR -> ExitCode.UNHEALTHY;
      case UNKNOWN -> ExitCode.INCONCLUSIVE;
    };
  }

  static String render(RetestResult result, OutputFormat format) throws Exception {
    HealthSnapshot now = result.current();
    String name = result.datasource().name() + (result.datasource().grafana().isEmpty() ? "" : "@" + result.datasource().grafana());
    switch (format) {
      case JSON: {
        ObjectNode root = JSON.createObjectNode();
        root.put("datasource", name).put("uid", result.datasource().uid()).put("link", result.datasource().link());
        snapshot(root.putObject("current"), now);
        if (result.previous() != null) {
          snapshot(root.putObject("previous"), result.previous());
        }
        root.put("durationMs", result.durationMs()).put("requestedBy", result.requestedBy());
        return JSON.writeValueAsString(root) + "\n";
      }
      case MARKDOWN:
        return "### Re-test of " + name + ": " + now.status() + "\n\n"
            + "- Grafana says: `" + now.message().strip() + "`\n"
            + (now.cause() == null ? "" : "- Cause: `" + now.cause().name() + "` (" + now.cause().summary() + ")\n")
            + (result.previous() == null ? "" : "- Before: " + result.previous().status() + " `" + result.previous().message().strip() + "`\n")
            + "- Took " + result.durationMs() + " ms" + (result.datasource().link().isEmpty() ? "" : "; [open in Grafana](" + result.datasource().link() + ")") + "\n";
      default:
        return (now.status() == HealthStatus.OK ? "✅ " : now.status() == HealthStatus.ERROR ? "❌ " : "❔ ")
            + "Re-test of " + name + ": " + now.status() + " (" + result.durationMs() + " ms)\n"
            + "   Grafana says: " + now.message().strip() + "\n"
            + (now.cause() == null ? "" : "   Cause: " + now.cause().name() + " (" + now.cause().summary() + ")\n")
            + (result.previous() == null ? "" : "   Before: " + result.previous().status() + ": " + result.previous().message().strip() + "\n")
            + (result.datasource().link().isEmpty() ? "" : "   " + result.datasource().link() + "\n");
    }
  }

  private static void snapshot(ObjectNode node, HealthSnapshot snapshot) {
    node.put("status", snapshot.status().name()).put("message", snapshot.message())
        .put("cause", snapshot.cause() == null ? null : snapshot.cause().name()).put("at", snapshot.at().toString());
  }
}
