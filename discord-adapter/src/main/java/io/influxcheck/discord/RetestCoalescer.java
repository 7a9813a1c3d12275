package io.influxcheck.discord;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Lets concurrent re-tests of the same data source share one call: a click that arrives while a
 * re-test of that target is running gets the running one's result instead of starting another.
 */
final class RetestCoalescer<T> {
  private final Map<String, CompletableFuture<T>> running = new ConcurrentHashMap<>();
  private final Executor executor;

  RetestCoalescer(Executor executor) {
    this.executor = executor;
  }

  CompletableFuture<T> run(String target, Supplier<T> call) {
    CompletableFuture<T> mine = new CompletableFuture<>();
    CompletableFuture<T> existing = running.putIfAbsent(target, mine);
    if (existing != null) {
      return existing;
    }
    try {
      executor.execute(() -> {
        T result;
        try {
          result = call.get();
        } catch (RuntimeException | Error e) {
          running.remove(target, mine);
          mine.completeExceptionally(e);
          return;
        }
        running.remove(target, mine);
        mine.complete(result);
      });
    } catch (RuntimeException rejected) {
      running.remove(target, mine);
      mine.completeExceptionally(rejected);
    }
    return mine;
  }
}
