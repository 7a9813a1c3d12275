package io.influxcheck.lab.grafana;

import io.influxcheck.lab.http.RecordedCall;
import io.influxcheck.lab.http.SimRequest;
import io.influxcheck.lab.http.SimResponse;
import io.influxcheck.lab.http.SimServer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A tiny scripted InfluxDB for tests, on the lab's {@link SimServer}: one canned answer per path, every request recorded. */
final class InfluxStub implements AutoCloseable {
  record Answer(int status, String contentType, String body, Map<String, String> headers) {}

  record Seen(String method, String path, String query, String authorization, String contentType, String body) {
    static Seen of(SimRequest request) {
      return new Seen(request.method(), request.path(), request.rawQuery(), request.header("Authorization").orElse(null),
          request.header("Content-Type").orElse(null), request.bodyText());
    }

    static Seen of(RecordedCall call) {
      return new Seen(call.method(), call.path(), call.rawQuery(), call.authorization().orElse(null),
          call.header("Content-Type").orElse(null), call.bodyText());
    }
  }

  private final Map<String, Function<Seen, Answer>> answers = new ConcurrentHashMap<>();
  private final AtomicInteger taken = new AtomicInteger();
  private final SimServer server = SimServer.start("influx-stub", this::handle);

  InfluxStub answer(String path, int status, String contentType, String body) {
    return answer(path, status, contentType, body, Map.of());
  }

  InfluxStub answer(String path, int status, String contentType, String body, Map<String, String> headers) {
    answers.put(path, r -> new Answer(status, contentType, body, headers));
    return this;
  }

  /** Answers {@code path} depending on the request (e.g. on its Authorization header). */
  InfluxStub respond(String path, Function<Seen, Answer> responder) {
    answers.put(path, responder);
    return this;
  }

  String url() {
    return server.url().toString();
  }

  /** The next request the stub received, waiting up to 5 s. */
  Seen next() {
    Seen seen = Seen.of(server.calls().take(Duration.ofSeconds(5)));
    taken.incrementAndGet();
    return seen;
  }

  /** True when no request arrived that {@link #next()} has not returned yet. */
  boolean idle() {
    return server.calls().count() == taken.get();
  }

  private SimResponse handle(SimRequest request) {
    Answer answer = answers.getOrDefault(request.path(), r -> new Answer(404, "text/plain", "404 page not found\n", Map.of()))
        .apply(Seen.of(request));
    SimResponse response = SimResponse.of(answer.status(), answer.contentType(), answer.body());
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    return response;
  }

  @Override
  public void close() {
    server.close();
  }
}
