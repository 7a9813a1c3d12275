package io.influxcheck.core.retest;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs at most one piece of work per key at a time: a caller that arrives while the work for its key
 * is running waits for that work's result instead of starting its own. Used so that five people
 * pressing "Re-test" at once cause one health call to Grafana.
 *
 * @param <K> the key, e.g. a data source's {@code uid@grafana}
 * @param <V> the shared result
 */
public final class SingleFlight<K, V> {
  private final ConcurrentHashMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
  private final Consumer<K> onJoin;

  public SingleFlight() {
    this(key -> { });
  }

  /** @param onJoin called (on the joining thread) each time a caller joins work already running; for tests and metrics */
  public SingleFlight(Consumer<K> onJoin) {
    this.onJoin = Objects.requireNonNull(onJoin, "onJoin is null");
  }

  /** The result of {@code work}, run by this caller or shared with the caller already running it. */
  public V run(K key, Supplier<V> work) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      onJoin.accept(key);
      try {
        return running.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
      }
    }
    try {
      V value = work.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }
}
