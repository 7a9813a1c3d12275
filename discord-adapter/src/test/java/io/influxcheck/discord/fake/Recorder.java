package io.influxcheck.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A thread-safe log of what a fake received, for assertions: {@link #await} blocks (without sleeping)
 * until an item matching a predicate has arrived, and each item is handed out by {@code await} once.
 */
public final class Recorder<T> {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<T> items = new ArrayList<>();
  private final List<Boolean> taken = new ArrayList<>();

  void add(T item) {
    lock.lock();
    try {
      items.add(item);
      taken.add(false);
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The first not yet awaited item matching {@code match}, waiting up to {@code timeout} for it to arrive. */
  public T await(Predicate<T> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (true) {
        for (int i = 0; i < items.size(); i++) {
          if (!taken.get(i) && match.test(items.get(i))) {
            taken.set(i, true);
            return items.get(i);
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("Nothing matching arrived within " + timeout + "; received: " + items);
        }
        arrived.await(left, TimeUnit.NANOSECONDS);
      }
    } finally {
      lock.unlock();
    }
  }

  public List<T> all() {
    lock.lock();
    try {
      return List.copyOf(items);
    } finally {
      lock.unlock();
    }
  }

  public long count(Predicate<T> match) {
    return all().stream().filter(match).count();
  }
}
