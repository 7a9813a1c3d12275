package io.influxcheck.lab.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SimServerConcurrencyTest {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void manyParallelRequestsAreAllAnsweredAndRecorded() throws Exception {
    int parallel = 40;
    CountDownLatch allArrived = new CountDownLatch(parallel);
    try (SimServer server = SimServer.start("concurrency", request -> {
      allArrived.countDown();
      // every handler waits until all requests are in flight at once: proves they run concurrently
      boolean together = allArrived.await(10, TimeUnit.SECONDS);
      return SimResponse.of(together ? 200 : 503, "text/plain", request.query("n").orElse("?"));
    })) {
      List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < parallel; i++) {
        HttpRequest request = HttpRequest.newBuilder(server.url().resolve("/x?n=" + i)).timeout(Duration.ofSeconds(15)).build();
        futures.add(CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      for (int i = 0; i < parallel; i++) {
        HttpResponse<String> response = futures.get(i).get(20, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(Integer.toString(i));
      }
      assertThat(server.calls().count()).isEqualTo(parallel);
    }
  }

  @Test
  void aFailingHandlerAnswers500AndTheNextRequestIsFine() throws Exception {
    try (SimServer server = SimServer.start("failing", request -> {
      if (request.path().equals("/boom")) {
        throw new IllegalStateException("boom");
      }
      return SimResponse.of(200, "text/plain", "fine");
    })) {
      HttpResponse<String> boom = CLIENT.send(HttpRequest.newBuilder(server.url().resolve("/boom")).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> fine = CLIENT.send(HttpRequest.newBuilder(server.url().resolve("/fine")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(boom.statusCode()).isEqualTo(500);
      assertThat(fine.body()).isEqualTo("fine");
    }
  }

  @Test
  void recordedCallToStringRedactsCredentials() {
    SimRequest request = new SimRequest("GET", "/query", "db=x&u=bob&p=canary-password",
        List.of(new Header("Authorization", "Basic Y2FuYXJ5OmNhbmFyeQ=="), new Header("Cookie", "session=canary-cookie")), new byte[0]);
    RecordedCall call = RecordedCall.of(request);
    assertThat(call.toString()).doesNotContain("canary").doesNotContain("Y2FuYXJ5").contains("p=<redacted>").contains("Basic <redacted");
    assertThat(request.toString()).doesNotContain("canary");
    assertThat(call.query("p")).hasValue("canary-password");
  }
}
