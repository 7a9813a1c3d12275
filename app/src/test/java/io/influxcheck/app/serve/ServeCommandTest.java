package io.influxcheck.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.util.Modules;
import com.sun.net.httpserver.HttpServer;
import io.influxcheck.app.cli.CliRun;
import io.influxcheck.app.cli.ExitCode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final String BOT_TOKEN = "xoxb-canary-serve-0001";
  private static final String APP_TOKEN = "xapp-canary-serve-0002";

  @TempDir
  Path dir;

  @Test
  void withoutAChatSectionServeSaysWhatToAdd() throws Exception {
    Path config = Files.writeString(dir.resolve("influx-check.yaml"), "probes:\n  timeout: 2s\n");

    CliRun run = CliRun.of(Modules.EMPTY_MODULE, "serve", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("No chat app to serve").contains("slack:").contains("discord:")
        .contains("Slack and Discord sections");
  }

  @Test
  void aSlackSectionStartsTheSlackAdapterAndARejectedTokenNamesTheKeyNotTheToken() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer slack = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
    slack.createContext("/", exchange -> {
      calls.incrementAndGet();
      byte[] body = "{\"ok\":false,\"error\":\"invalid_auth\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    slack.start();
    try {
      Files.createDirectories(dir.resolve("secrets"));
      Files.writeString(dir.resolve("secrets/bot"), BOT_TOKEN + "\n");
      Files.writeString(dir.resolve("secrets/app"), APP_TOKEN + "\n");
      Path config = Files.writeString(dir.resolve("influx-check.yaml"), String.join("\n",
          "slack:",
          "  botToken: file:secrets/bot",
          "  appToken: file:secrets/app",
          "  apiUrl: http://127.0.0.1:" + slack.getAddress().getPort() + "/api/",
          ""));

      CliRun run = CliRun.of(Modules.EMPTY_MODULE, "serve", "--config", config.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).contains("slack: Slack did not start").contains("slack.botToken").contains("slack.appToken");
      assertThat(run.out() + run.err()).doesNotContain(BOT_TOKEN).doesNotContain(APP_TOKEN);
      assertThat(calls.get()).as("the adapter talked to the configured Slack API").isPositive();
    } finally {
      slack.stop(0);
    }
  }
}
