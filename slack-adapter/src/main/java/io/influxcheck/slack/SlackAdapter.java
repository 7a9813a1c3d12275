package io.influxcheck.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.influxcheck.config.SlackSettings;
import io.influxcheck.core.chat.ChatAdapter;
import io.influxcheck.core.command.CommandHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack connection {@code influx-check serve} starts: Bolt for Java over Socket Mode (the
 * default; no public URL) or HTTP (Slack POSTs to {@code port}/{@code path}, signatures verified).
 */
public final class SlackAdapter implements ChatAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdapter.class);
  private static final int WORKERS = 8;
  private static final int QUEUE = 64;
  private static final int HTTP_TIMEOUT_MILLIS = 15_000;

  private final SlackSettings settings;
  private final BlockKitRenderer renderer;
  private final CommandHandler handler;
  private final Duration updateInterval;
  private final InetAddress bindAddress;
  private Slack slack;
  private SocketModeApp socketModeApp;
  private SlackHttpServer httpServer;
  private ExecutorService workers;
  private ExecutorService httpThreads;
  private ScheduledExecutorService scheduler;

  /** @param runbookUrl base URL of the runbook (a finding links to {@code URL#code}); empty to point to {@code /influx-check runbook CODE} */
  public SlackAdapter(SlackSettings settings, CommandHandler handler, String runbookUrl) {
    this(settings, handler, new BlockKitRenderer(runbookUrl));
  }

  /** @param renderer how replies look (it carries the runbook URL) */
  public SlackAdapter(SlackSettings settings, CommandHandler handler, BlockKitRenderer renderer) {
    this(settings, handler, renderer, Duration.ofSeconds(1), null);
  }

  /**
   * @param updateInterval the least time between two live-checklist updates of one message
   * @param bindAddress the HTTP-mode address, {@code null} for every interface (public so that the benchmark
   *     in {@code app} can bind its HTTP mode to 127.0.0.1 only)
   */
  public SlackAdapter(SlackSettings settings, CommandHandler handler, String runbookUrl, Duration updateInterval, InetAddress bindAddress) {
    this(settings, handler, new BlockKitRenderer(runbookUrl), updateInterval, bindAddress);
  }

  private SlackAdapter(SlackSettings settings, CommandHandler handler, BlockKitRenderer renderer, Duration updateInterval,
      InetAddress bindAddress) {
    this.settings = settings;
    this.renderer = renderer;
    this.handler = handler;
    this.updateInterval = updateInterval;
    this.bindAddress = bindAddress;
  }

  @Override
  public String name() {
    return "slack";
  }

  @Override
  public synchronized void start() throws Exception {
    List<String> problems = problems(settings);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Slack is not configured: " + String.join("; ", problems));
    }
    slack = Slack.getInstance(slackConfig(settings));
    App app = new App(AppConfig.builder()
        .slack(slack)
        .singleTeamBotToken(settings.botToken().reveal())
        .signingSecret(settings.signingSecret().isEmpty() ? null : settings.signingSecret().reveal())
        .clientId(null)
        .clientSecret(null)
        .build());
    workers = new ThreadPoolExecutor(WORKERS, WORKERS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), daemon("slack-answer"));
    scheduler = Executors.newSingleThreadScheduledExecutor(daemon("slack-progress"));
    SlackPoster poster = new SlackPoster(slack, slack.methods(settings.botToken().reveal()));
    new SlackListeners(settings, renderer, poster, new AnswerRunner(handler, renderer, poster, workers, scheduler, updateInterval))
        .register(app);
    try {
      if (settings.mode() == SlackSettings.Mode.SOCKET) {
        socketModeApp = new SocketModeApp(settings.appToken().reveal(), app, SocketModeClient.Backend.JavaWebSocket);
        socketModeApp.startAsync();
        LOG.info("Slack: connected over Socket Mode to {}", settings.apiUrl());
      } else {
        app.start();
        httpThreads = Executors.newFixedThreadPool(4, daemon("slack-http"));
        InetSocketAddress address = bindAddress == null ? new InetSocketAddress(settings.port()) : new InetSocketAddress(bindAddress, settings.port());
        httpServer = SlackHttpServer.start(app, address, settings.path(), httpThreads);
        LOG.info("Slack: HTTP mode, listening on port {} path {}", httpServer.port(), settings.path());
      }
    } catch (Exception e) {
      close();
      throw new IllegalStateException(startFailure(e), null);
    }
  }

  /** The bound HTTP-mode port (useful with {@code port: 0}); -1 in Socket Mode. */
  public synchronized int httpPort() {
    return httpServer == null ? -1 : httpServer.port();
  }

  @Override
  public synchronized void close() {
    if (socketModeApp != null) {
      try {
        socketModeApp.close();
      } catch (Exception e) {
        LOG.debug("Closing Socket Mode: {}", e.toString());
      }
      socketModeApp = null;
    }
    if (httpServer != null) {
      httpServer.close();
      httpServer = null;
    }
    for (ExecutorService executor : new ExecutorService[] {workers, scheduler, httpThreads}) {
      if (executor != null) {
        executor.shutdownNow();
      }
    }
    workers = null;
    scheduler = null;
    httpThreads = null;
    if (slack != null) {
      try {
        slack.close();
      } catch (Exception e) {
        LOG.debug("Closing the Slack client: {}", e.toString());
      }
      slack = null;
    }
  }

  static SlackConfig slackConfig(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    String apiUrl = settings.apiUrl().toString();
    config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    if (isLoopback(settings.apiUrl())) {
      config.setProxyUrl(null);
    }
    config.setStatsEnabled(false);
    config.setHttpClientCallTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    config.setHttpClientReadTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    config.setHttpClientWriteTimeoutMillis(HTTP_TIMEOUT_MILLIS);
    return config;
  }

  /** Problems that stop the adapter from starting, each naming the key to fix; the config loader reports the same. */
  static List<String> problems(SlackSettings settings) {
    List<String> problems = new java.util.ArrayList<>();
    if (settings.botToken().isEmpty()) {
      problems.add("slack.botToken is empty: set it to the app's Bot User OAuth Token (xoxb-...), e.g. botToken: ${SLACK_BOT_TOKEN}");
    }
    if (settings.mode() == SlackSettings.Mode.SOCKET && settings.appToken().isEmpty()) {
      problems.add("slack.appToken is empty: Socket Mode needs an app-level token (xapp-...) with connections:write, e.g. appToken: ${SLACK_APP_TOKEN}");
    }
    if (settings.mode() == SlackSettings.Mode.HTTP && settings.signingSecret().isEmpty()) {
      problems.add("slack.signingSecret is empty: HTTP mode verifies every request with it, e.g. signingSecret: ${SLACK_SIGNING_SECRET}");
    }
    return problems;
  }

  /** A Web API on this machine (tests, a local relay) is reached without a proxy: the SDK ignores NO_PROXY. */
  static boolean isLoopback(java.net.URI url) {
    String host = url.getHost();
    return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1"));
  }

  /** Bolt's messages may quote what Slack said; they never carry our tokens, but we say what to fix in our own words. */
  private String startFailure(Exception e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    for (String secret : List.of(settings.botToken().reveal(), settings.appToken().reveal(), settings.signingSecret().reveal())) {
      if (!secret.isEmpty()) {
        detail = detail.replace(secret, "<redacted>");
      }
    }
    String hint = settings.mode() == SlackSettings.Mode.SOCKET
        ? "check slack.botToken (" + settings.botToken().describe() + ") and slack.appToken (" + settings.appToken().describe()
            + ", needs connections:write) and that " + settings.apiUrl() + " is reachable"
        : "check slack.botToken (" + settings.botToken().describe() + "), that port " + settings.port() + " is free and that "
            + settings.apiUrl() + " is reachable";
    return "Slack did not start (" + detail + "): " + hint;
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
