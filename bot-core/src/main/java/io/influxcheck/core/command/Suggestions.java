package io.influxcheck.core.command;

import io.influxcheck.config.ClosestNames;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest-match suggestions for mistyped words (Levenshtein distance, case-insensitive). */
public final class Suggestions {
  private Suggestions() { }

  /** Up to {@code limit} candidates close to {@code word}, closest first; prefix and substring matches count as close. */
  public static List<String> closest(String word, List<String> candidates, int limit) {
    String w = word.toLowerCase(Locale.ROOT);
    int threshold = Math.max(2, w.length() / 3);
    return candidates.stream()
        .distinct()
        .filter(c -> score(w, c.toLowerCase(Locale.ROOT)) <= threshold)
        .sorted(Comparator.comparingInt((String c) -> score(w, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
        .limit(limit)
        .toList();
  }

  private static int score(String word, String candidate) {
    if (!word.isEmpty() && (candidate.startsWith(word) || candidate.contains(word) || word.contains(candidate))) {
      return 1;
    }
    return distance(word, candidate);
  }

  /** Levenshtein edit distance. */
  public static int distance(String a, String b) {
    return ClosestNames.distance(a, b);
  }
}
