package io.influxcheck.app.serve;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import io.influxcheck.app.cli.ExitCode;
import io.influxcheck.app.cli.Terminal;
import io.influxcheck.app.cli.UsageError;
import io.influxcheck.config.InfluxCheckConfig;
import io.influxcheck.core.chat.ChatAdapter;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code influx-check serve}: starts every configured chat app and answers {@code /influx-check} until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Connect the chat apps of the configuration (slack:, discord:) and answer /influx-check until stopped (Ctrl-C).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--config", paramLabel = "FILE", description = "influx-check.yaml with a slack: and/or discord: section.")
  Path config;

  private final Injector injector;
  private final Provider<InfluxCheckConfig> configuration;
  private final Terminal terminal;
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Inject
  ServeCommand(Injector injector, Provider<InfluxCheckConfig> configuration, Terminal terminal) {
    this.injector = injector;
    this.configuration = configuration;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws InterruptedException {
    InfluxCheckConfig configuration = this.configuration.get();  // lazily: a config error is a usage error (exit 2), not a crash at parse time
    List<Module> chats = ChatModules.forConfig(configuration);
    if (chats.isEmpty()) {
      throw new UsageError("No chat app to serve: " + configuration.file().map(Path::toString).orElse("the configuration")
          + " has no slack: or discord: section. Add one: see the README's Slack and Discord sections.");
    }
    List<Module> modules = new ArrayList<>(chats);
    modules.add(new CommandHandlerModule());
    Set<ChatAdapter> adapters = injector.createChildInjector(modules).getInstance(Key.get(new TypeLiteral<Set<ChatAdapter>>() { }));
    List<ChatAdapter> started = new ArrayList<>();
    Thread shutdown = new Thread(() -> stop(started), "influx-check-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    for (ChatAdapter adapter : adapters) {
      try {
        adapter.start();
        started.add(adapter);
        terminal.out().println("influx-check: " + adapter.name() + " connected");
      } catch (Exception e) {
        stop(started);
        Runtime.getRuntime().removeShutdownHook(shutdown);
        throw new UsageError(adapter.name() + ": " + e.getMessage());
      }
    }
    terminal.out().println("influx-check: serving /influx-check; stop with Ctrl-C");
    terminal.out().flush();
    stopped.await();
    return ExitCode.HEALTHY;
  }

  private void stop(List<ChatAdapter> adapters) {
    for (ChatAdapter adapter : adapters) {
      adapter.close();
    }
    stopped.countDown();
  }
}
