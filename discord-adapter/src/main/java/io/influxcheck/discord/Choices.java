package io.influxcheck.discord;

import io.influxcheck.core.command.DataSourceEntry;
import io.influxcheck.core.diagnosis.FindingCode;
import io.influxcheck.core.report.DataSourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/**
 * Autocomplete choices: the data sources the bot knows, and the finding codes. Matches by prefix first,
 * then by substring, case-insensitively; at most Discord's 25 choices of at most 100 characters.
 */
final class Choices {
  static final int MAX_CHOICES = OptionData.MAX_CHOICES;
  private static final int MAX_LENGTH = 100;

  private Choices() { }

  static List<Command.Choice> dataSources(List<DataSourceEntry> known, String typed) {
    String query = typed.strip().toLowerCase(Locale.ROOT);
    List<DataSourceRef> matches = new ArrayList<>();
    for (DataSourceEntry entry : known) {
      DataSourceRef ds = entry.ref();
      if (matches(query, ds.name(), ds.uid(), ds.key()) && ds.key().length() <= MAX_LENGTH) {
        matches.add(ds);
      }
    }
    matches.sort(Comparator.comparing((DataSourceRef ds) -> !startsWith(query, ds.name(), ds.uid()))
        .thenComparing(DataSourceRef::name).thenComparing(DataSourceRef::key));
    List<Command.Choice> choices = new ArrayList<>();
    for (DataSourceRef ds : matches.subList(0, Math.min(MAX_CHOICES, matches.size()))) {
      choices.add(new Command.Choice(Text.cut(label(ds), MAX_LENGTH), ds.key()));
    }
    return choices;
  }

  static List<Command.Choice> codes(String typed) {
    String query = typed.strip().replace('-', '_').toLowerCase(Locale.ROOT);
    List<FindingCode> matches = new ArrayList<>();
    for (FindingCode code : FindingCode.values()) {
      if (matches(query, code.name(), code.summary())) {
        matches.add(code);
      }
    }
    matches.sort(Comparator.comparing((FindingCode code) -> !startsWith(query, code.name())));
    List<Command.Choice> choices = new ArrayList<>();
    for (FindingCode code : matches.subList(0, Math.min(MAX_CHOICES, matches.size()))) {
      choices.add(new Command.Choice(Text.cut(code.name() + " · " + code.summary(), MAX_LENGTH), code.name()));
    }
    return choices;
  }

  private static String label(DataSourceRef ds) {
    StringBuilder label = new StringBuilder(ds.name());
    if (!ds.uid().isEmpty() && !ds.uid().equals(ds.name())) {
      label.append(" · ").append(ds.uid());
    }
    if (!ds.grafana().isEmpty()) {
      label.append(" · ").append(ds.grafana());
    }
    return label.toString();
  }

  private static boolean matches(String query, String... values) {
    for (String value : values) {
      if (value.toLowerCase(Locale.ROOT).contains(query)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(String query, String... values) {
    for (String value : values) {
      if (value.toLowerCase(Locale.ROOT).startsWith(query)) {
        return true;
      }
    }
    return false;
  }
}
