package io.influxcheck.core.directory;

import io.influxcheck.core.grafana.GrafanaClient;
import java.util.List;
import java.util.Objects;

/** What a name, uid or {@code name@grafana} typed by a person resolved to. */
public sealed interface Resolution {
  /** Exactly one data source. */
  record Found(KnownDataSource dataSource) implements Resolution {
    public Found { Objects.requireNonNull(dataSource, "dataSource is null"); }
  }

  /**
   * Not in the listing of a Grafana that the target names ({@code uid@grafana}) or that could not be
   * listed: ask that Grafana directly, so the answer says why (not found, token, permission, unreachable).
   */
  record Unlisted(GrafanaClient grafana, String target) implements Resolution {
    public Unlisted {
      Objects.requireNonNull(grafana, "grafana is null");
      Objects.requireNonNull(target, "target is null");
    }
  }

  /** Several data sources match; {@code candidates} are the unambiguous {@code name@grafana} forms. */
  record Ambiguous(String target, List<String> candidates) implements Resolution {
    public Ambiguous { candidates = List.copyOf(candidates); }
  }

  /**
   * Nothing matches; {@code message} says where the bot looked and what could not be listed,
   * {@code known} holds every known name and uid (for closest-match suggestions).
   */
  record NotFound(String target, String message, List<String> known) implements Resolution {
    public NotFound { known = List.copyOf(known); }
  }
}
