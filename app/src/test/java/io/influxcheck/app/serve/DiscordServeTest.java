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
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordServeTest {
  private static final String APP_ID = "1234567890123456789";
  private static final String TOKEN = Base64.getEncoder().withoutPadding().encodeToString(APP_ID.getBytes(StandardCharsets.US_ASCII))
      + ".GhIjKl.canary-discord-serve-secret";

  @TempDir
  Path dir;

  @Test
  void discordInvitePrintsTheUrlWithTheScopesAndPermissionsTheBotNeeds() throws Exception {
    Path config = config("  guilds: ['3000000000000000001']\n");

    CliRun run = CliRun.of(Modules.EMPTY_MODULE, "discord-invite", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.HEALTHY);
    assertThat(run.out().strip()).isEqualTo("https://discord.com/oauth2/authorize?client_id=" + APP_ID
        + "&scope=bot+applications.commands&permissions=0&guild_id=3000000000000000001&disable_guild_select=true");
    assertThat(run.err()).contains("Scopes: bot, applications.commands").contains("Permissions: none");
    assertThat(run.out() + run.err()).doesNotContain("canary-discord-serve-secret");
  }

  @Test
  void discordInviteWithoutADiscordSectionSaysWhatToAdd() throws Exception {
    Path config = Files.writeString(dir.resolve("influx-check.yaml"), "probes:\n  timeout: 2s\n");

    CliRun run = CliRun.of(Modules.EMPTY_MODULE, "discord-invite", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("No discord: section").contains("discord.token").contains("--application-id");
  }

  @Test
  void aDiscordSectionStartsTheDiscordBotAndARejectedTokenNamesTheKeyNotTheToken() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer discord = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
    discord.createContext("/", exchange -> {
      calls.incrementAndGet();
      byte[] body = "{\"message\":\"401: Unauthorized\",\"code\":0}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    discord.start();
    try {
      int port = discord.getAddress().getPort();
      Path config = config("  apiUrl: http://127.0.0.1:" + port + "/api/v10/\n  gatewayUrl: ws://127.0.0.1:" + port + "/\n");

      CliRun run = CliRun.of(Modules.EMPTY_MODULE, "serve", "--config", config.toString());

      assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(run.err()).contains("discord: Discord rejected the bot token sha256:").contains("discord.token");
      assertThat(run.out() + run.err()).doesNotContain("canary-discord-serve-secret");
      assertThat(calls.get()).as("the adapter talked to the configured Discord API").isPositive();
    } finally {
      discord.stop(0);
    }
  }

  private Path config(String extra) throws Exception {
    Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(dir.resolve("secrets/discord"), TOKEN + "\n");
    return Files.writeString(dir.resolve("influx-check.yaml"), "discord:\n  token: file:secrets/discord\n" + extra);
  }
}
