package io.influxcheck.config;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a data source by what a user typed: its uid or its name, case-insensitively. An exact uid
 * wins, then a name, then a uid differing only in case. When nothing matches,
 * {@link #closestNames} offers the names the user probably meant.
 */
public final class DataSourceLookup {
  private DataSourceLookup() {}

  public static Optional<DataSourceSettings> find(Collection<DataSourceSettings> dataSources, String nameOrUid) {
    String query = nameOrUid.trim();
    return dataSources.stream().filter(d -> d.uid().equals(query)).findFirst()
        .or(() -> dataSources.stream().filter(d -> d.name().equalsIgnoreCase(query)).findFirst())
        .or(() -> dataSources.stream().filter(d -> !d.uid().isEmpty() && d.uid().equalsIgnoreCase(query))
            .findFirst());
  }

  /** Up to three names close to {@code nameOrUid} (by name or by uid), closest first. */
  public static List<String> closestNames(Collection<DataSourceSettings> dataSources, String nameOrUid) {
    List<String> byName = ClosestNames.closest(nameOrUid.trim(),
        dataSources.stream().map(DataSourceSettings::name).toList(), 3);
    List<String> byUid = ClosestNames.closest(nameOrUid.trim(),
        dataSources.stream().map(DataSourceSettings::uid).filter(u -> !u.isEmpty()).toList(), 3).stream()
        .flatMap(uid -> dataSources.stream().filter(d -> d.uid().equals(uid)).map(DataSourceSettings::name))
        .toList();
    return Stream.concat(byName.stream(), byUid.stream()).distinct().limit(3).toList();
  }
}
