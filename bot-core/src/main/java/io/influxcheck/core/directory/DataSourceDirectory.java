package io.influxcheck.core.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.influxcheck.config.DataSourceSettings;
import io.influxcheck.core.diagnosis.Finding;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.diagnosis.Fix;
import io.influxcheck.core.grafana.GrafanaAccess;
import io.influxcheck.core.grafana.GrafanaClient;
import io.influxcheck.core.grafana.GrafanaConnection;
import io.influxcheck.core.grafana.GrafanaDataSourceReader;
import io.influxcheck.core.grafana.GrafanaExchange;
import io.influxcheck.core.grafana.GrafanaPermissions;
import io.influxcheck.core.report.DataSourceRef;
import io.influxcheck.core.retest.SingleFlight;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Finds InfluxDB data sources across all configured Grafanas (concurrently, {@code GET /api/datasources})
 * and provisioning files. Listings are cached for a short time so that chat autocomplete and
 * repeated commands do not hit every Grafana; concurrent refreshes share one round of calls.
 */
public final class DataSourceDirectory {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<GrafanaClient> grafanas;
  private final Supplier<List<DataSourceSettings>> provisioned;
  private final Executor executor;
  private final Clock clock;
  private final Duration cacheTtl;
  private final SingleFlight<String, Listing> refreshes = new SingleFlight<>();
  private volatile Listing cached;
  private volatile Instant cachedAt = Instant.MIN;

  /**
   * @param grafanas one client per configured Grafana
   * @param provisioned the data sources of the configured provisioning files (may throw with a message naming the file)
   * @param executor runs the per-Grafana listings concurrently
   */
  public DataSourceDirectory(List<GrafanaClient> grafanas, Supplier<List<DataSourceSettings>> provisioned,
      Executor executor, Clock clock, Duration cacheTtl) {
    this.grafanas = List.copyOf(grafanas);
    this.provisioned = provisioned;
    this.executor = executor;
    this.clock = clock;
    this.cacheTtl = cacheTtl;
  }

  public List<GrafanaClient> grafanas() {
    return grafanas;
  }

  /** The client of the Grafana named {@code name} (case-insensitive). */
  public Optional<GrafanaClient> grafana(String name) {
    return grafanas.stream().filter(g -> g.connection().name().equalsIgnoreCase(name)).findFirst();
  }

  /** The data sources declared in provisioning files, for drift checks; empty when they cannot be read. */
  public List<DataSourceSettings> provisionedSettings() {
    try {
      return provisioned.get();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** Lists every source now. */
  public Listing list() {
    Listing listing = refreshes.run("all", this::listNow);
    cached = listing;
    cachedAt = clock.instant();
    return listing;
  }

  /** The last listing if it is younger than the cache TTL, else a fresh one. */
  public Listing cachedListing() {
    Listing listing = cached;
    if (listing != null && clock.instant().isBefore(cachedAt.plus(cacheTtl))) {
      return listing;
    }
    return list();
  }

  /** Resolves a uid or name (case-insensitive), or {@code name@grafana}, against the (cached) listing. */
  public Resolution resolve(String target) {
    String wanted = target.strip();
    Optional<GrafanaClient> scope = Optional.empty();
    int at = wanted.lastIndexOf('@');
    if (at > 0 && at < wanted.length() - 1) {
      scope = grafana(wanted.substring(at + 1));
      if (scope.isPresent()) {
        wanted = wanted.substring(0, at);
      }
    }
    Listing listing = cachedListing();
    String name = wanted;
    Optional<String> scopeName = scope.map(g -> g.connection().name());
    List<KnownDataSource> matches = listing.dataSources().stream()
        .filter(ds -> scopeName.map(g -> ds.ref().grafana().equals(g)).orElse(true))
        .filter(ds -> ds.matches(name))
        .toList();
    return decide(target, name, scope, matches, listing);
  }

  private Resolution decide(String target, String name, Optional<GrafanaClient> scope, List<KnownDataSource> matches, Listing listing) {
    if (matches.size() == 1) {
      return new Resolution.Found(matches.get(0));
    }
    if (matches.size() > 1) {
      List<KnownDataSource> byUid = matches.stream().filter(ds -> ds.ref().uid().equalsIgnoreCase(name)).toList();
      if (byUid.size() == 1) {
        return new Resolution.Found(byUid.get(0));
      }
      return new Resolution.Ambiguous(target, matches.stream().map(ds -> ds.ref().uid().isEmpty() || !ds.isFromGrafana()
          ? ds.qualifiedName() : ds.ref().uid() + "@" + ds.ref().grafana() + " (" + ds.ref().name() + ")").toList());
    }
    if (scope.isPresent()) {
      return new Resolution.Unlisted(scope.get(), name);
    }
    List<GrafanaClient> unlisted = grafanas.stream()
        .filter(g -> listing.problems().stream().anyMatch(p -> p.source().equals(source(g))))
        .toList();
    if (grafanas.size() == 1 && unlisted.size() == 1) {
      return new Resolution.Unlisted(unlisted.get(0), name);
    }
    List<String> candidates = new ArrayList<>();
    for (KnownDataSource ds : listing.dataSources()) {
      candidates.add(ds.ref().name());
      if (!ds.ref().uid().isEmpty()) {
        candidates.add(ds.ref().uid());
      }
    }
    StringBuilder message = new StringBuilder("No InfluxDB data source named or with uid `" + name + "`");
    message.append(where(listing));
    if (!listing.problems().isEmpty()) {
      message.append(". Could not list: ").append(String.join("; ", listing.problems().stream().map(Object::toString).toList()));
    }
    return new Resolution.NotFound(name, message.toString(), candidates);
  }

  /** The places searched: each Grafana, and the provisioning files when they hold a data source. */
  private String where(Listing listing) {
    List<String> places = new ArrayList<>();
    grafanas.forEach(g -> places.add("Grafana " + g.connection().name()));
    if (places.isEmpty() || listing.dataSources().stream().anyMatch(ds -> ds.ref().grafana().isEmpty())) {
      places.add("the provisioning files");
    }
    return " in " + String.join(", ", places);
  }

  private Listing listNow() {
    List<CompletableFuture<GrafanaListing>> calls = grafanas.stream()
        .map(g -> CompletableFuture.supplyAsync(() -> listGrafana(g), executor))
        .toList();
    List<KnownDataSource> found = new ArrayList<>();
    List<Listing.SourceProblem> problems = new ArrayList<>();
    for (CompletableFuture<GrafanaListing> call : calls) {
      GrafanaListing result = call.join();
      found.addAll(result.dataSources());
      result.problem().ifPresent(problems::add);
    }
    try {
      for (DataSourceSettings settings : provisioned.get()) {
        KnownDataSource file = KnownDataSource.fromFile(settings);
        if (KnownDataSource.isInflux(settings) && found.stream().noneMatch(ds -> ds.isFromGrafana() && ds.sameAs(file))) {
          found.add(file);
        }
      }
    } catch (RuntimeException e) {
      problems.add(new Listing.SourceProblem("provisioning files",
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), Optional.empty()));
    }
    return new Listing(found, problems);
  }

  private record GrafanaListing(List<KnownDataSource> dataSources, Optional<Listing.SourceProblem> problem) { }

  private GrafanaListing listGrafana(GrafanaClient client) {
    GrafanaConnection grafana = client.connection();
    GrafanaExchange exchange = client.dataSources();
    if (exchange instanceof GrafanaExchange.Failed failed) {
      String message = "cannot be reached at " + grafana.url() + " (" + failed.failure().describe() + ": " + failed.detail() + ")";
      return problem(client, message, Finding.of(FindingCode.GRAFANA_UNREACHABLE, "Grafana " + grafana.name() + " " + message,
          failed.detail(), List.of(failed.evidence(grafana.authDescription())),
          Fix.of("Check grafana[" + grafana.name() + "].url in influx-check.yaml and that the bot's host can reach it.")));
    }
    GrafanaExchange.Answered answer = (GrafanaExchange.Answered) exchange;
    Optional<Finding> access = GrafanaAccess.problem(grafana, answer, GrafanaPermissions.READ);
    if (access.isPresent()) {
      return problem(client, access.get().title() + ". " + access.get().fix().description(), access.get());
    }
    JsonNode items = parse(answer.body());
    if (answer.status() != 200 || !items.isArray()) {
      String message = "GET /api/datasources answered " + answer.status() + " without a data-source list";
      return problem(client, message, Finding.of(FindingCode.GRAFANA_UNREACHABLE, "Grafana " + grafana.name() + ": " + message,
          "", List.of(answer.evidence(grafana.authDescription())), Fix.of("Check grafana[" + grafana.name() + "].url: it should be Grafana's root URL.")));
    }
    List<KnownDataSource> found = new ArrayList<>();
    for (JsonNode item : items) {
      DataSourceSettings settings = GrafanaDataSourceReader.read(item, grafana.name());
      if (KnownDataSource.isInflux(settings) && !settings.uid().isEmpty()) {
        found.add(new KnownDataSource(new DataSourceRef(settings.name(), settings.uid(), settings.url(), settings.queryLanguage(),
            grafana.name(), grafana.dataSourceLink(settings.uid())), settings));
      }
    }
    found.sort(Comparator.comparing((KnownDataSource ds) -> ds.ref().name().toLowerCase(Locale.ROOT)));
    return new GrafanaListing(found, Optional.empty());
  }

  private static GrafanaListing problem(GrafanaClient client, String message, Finding finding) {
    return new GrafanaListing(List.of(), Optional.of(new Listing.SourceProblem(source(client), message, Optional.of(finding))));
  }

  /** The source name of a Grafana in {@link Listing.SourceProblem#source()}: {@code grafana <name>}. */
  public static String source(GrafanaClient client) {
    return "grafana " + client.connection().name();
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "null" : body);
    } catch (IOException e) {
      return JSON.nullNode();
    }
  }
}
