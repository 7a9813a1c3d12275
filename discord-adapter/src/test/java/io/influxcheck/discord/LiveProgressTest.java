package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.report.Checklist;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LiveProgressTest {
  private final List<String> sent = new CopyOnWriteArrayList<>();
  private final List<CompletableFuture<Void>> inFlight = new CopyOnWriteArrayList<>();
  private final LiveProgress progress = new LiveProgress(checklist -> {
    sent.add(checklist.title());
    CompletableFuture<Void> edit = new CompletableFuture<>();
    inFlight.add(edit);
    return edit;
  });

  @Test
  void whileAnEditIsInFlightOnlyTheLatestSnapshotIsSentNext() {
    progress.onProgress(snapshot("1"));
    progress.onProgress(snapshot("2"));
    progress.onProgress(snapshot("3"));
    assertThat(sent).containsExactly("1");

    inFlight.get(0).complete(null);

    assertThat(sent).containsExactly("1", "3");
  }

  @Test
  void finishWaitsForTheEditInFlightAndDropsWhatIsPending() {
    progress.onProgress(snapshot("1"));
    progress.onProgress(snapshot("2"));

    CompletableFuture<Void> finished = progress.finish();
    progress.onProgress(snapshot("late"));

    assertThat(finished).isNotDone();
    inFlight.get(0).complete(null);
    assertThat(finished).isDone();
    assertThat(sent).containsExactly("1");
  }

  @Test
  void aFailedEditDoesNotStopTheUpdates() {
    progress.onProgress(snapshot("1"));
    progress.onProgress(snapshot("2"));

    inFlight.get(0).completeExceptionally(new IllegalStateException("429"));

    assertThat(sent).containsExactly("1", "2");
    assertThat(progress.finish()).isNotDone();
  }

  @Test
  void finishingWithNothingSentIsDoneAtOnce() {
    assertThat(progress.finish()).isDone();
  }

  private static Checklist snapshot(String title) {
    return new Checklist(title, List.of());
  }
}
