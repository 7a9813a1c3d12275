package io.influxcheck.core.command;

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
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
