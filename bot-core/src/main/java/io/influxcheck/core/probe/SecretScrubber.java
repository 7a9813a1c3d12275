package io.influxcheck.core.probe;

import io.influxcheck.config.Secret;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Removes known secret values from text that came from a server, in case a server or proxy echoes a
 * credential back in its body (an error page that quotes the request, say).
 */
public final class SecretScrubber {
  private static final int SHORTEST_SCRUBBED = 4;
  private final List<Secret> secrets;

  public SecretScrubber(Collection<Secret> secrets) {
    List<Secret> kept = new ArrayList<>();
    for (Secret s : secrets) {
      if (s != null && s.reveal().length() >= SHORTEST_SCRUBBED) {
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt((Secret s) -> s.reveal().length()).reversed());
    this.secrets = List.copyOf(kept);
  }

  public static SecretScrubber none() {
    return new SecretScrubber(List.of());
  }

  public String scrub(String text) {
    String result = text;
    for (Secret s : secrets) {
      if (result.contains(s.reveal())) {
        result = result.replace(s.reveal(), "<redacted " + s.fingerprint() + ">");
      }
    }
    return result;
  }
}
