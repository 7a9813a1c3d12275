package io.influxcheck.core.diagnosis;

import io.influxcheck.config.ClosestNames;
import java.util.List;
import java.util.Locale;

/** Suggests the closest existing name for a mistyped one, and lists names for messages. */
final class Names {
  private static final int SHOWN = 10;

  private Names() {
  }

  /** The candidate nearest to {@code wanted} (case-insensitive edit distance ≤ 3), or empty. */
  static String closest(String wanted, List<String> candidates) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = ClosestNames.distance(wanted.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(3, wanted.length() / 3) ? best : "";
  }

  static String list(List<String> names) {
    if (names.isEmpty()) {
      return "(none)";
    }
    String shown = String.join(", ", names.subList(0, Math.min(SHOWN, names.size())));
    return names.size() > SHOWN ? shown + " … (" + names.size() + " in all)" : shown;
  }
}
