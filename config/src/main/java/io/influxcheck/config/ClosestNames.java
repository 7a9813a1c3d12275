package io.influxcheck.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" suggestions: the candidates a mistyped name was probably meant to be. A
 * candidate qualifies when it contains the input or is within a small edit distance of it
 * (case-insensitive), up to a third of the input's length and at least 2.
 */
public final class ClosestNames {
  private ClosestNames() {}

  /** The best suggestion, if any candidate is close enough. */
  public static Optional<String> best(String input, Collection<String> candidates) {
    return closest(input, candidates, 1).stream().findFirst();
  }

  /** Up to {@code limit} candidates close to {@code input}, closest first. */
  public static List<String> closest(String input, Collection<String> candidates, int limit) {
    String needle = input.toLowerCase(Locale.ROOT);
    int threshold = Math.max(2, needle.length() / 3);
    record Scored(String name, boolean contains, int distance) {}
    return candidates.stream()
        .distinct()
        .map(c -> {
          String lower = c.toLowerCase(Locale.ROOT);
          return new Scored(c, !needle.isEmpty() && lower.contains(needle), distance(needle, lower));
        })
        .filter(s -> s.contains() || s.distance() <= threshold)
        .sorted(Comparator.comparing((Scored s) -> !s.contains() || s.distance() > threshold)
            .thenComparingInt(Scored::distance)
            .thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  /** Levenshtein distance: insertions, deletions and substitutions. The one implementation in the project. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
