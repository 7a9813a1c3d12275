package io.influxcheck.core.command;

import io.influxcheck.core.diagnosis.FindingCode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parses the text after {@code /influx-check}. The grammar, shared by Slack and Discord:
 * <pre>
 *   (nothing)            the channel's default data source, else the list
 *   NAME_OR_UID          diagnose one data source (also: diagnose NAME_OR_UID); a name may contain spaces
 *   all                  diagnose every data source
 *   retest NAME_OR_UID   re-run Grafana's health check
 *   list                 list the data sources
 *   runbook [CODE]       the runbook, or one finding's entry
 *   help                 usage
 * </pre>
 */
public final class CommandParser {
  public static final String USAGE = String.join("\n",
      "/influx-check NAME_OR_UID         diagnose one data source",
      "/influx-check all                 diagnose every data source",
      "/influx-check retest NAME_OR_UID  re-run Grafana's health check",
      "/influx-check list                list the data sources",
      "/influx-check runbook [CODE]      the on-call runbook, or one finding",
      "/influx-check help                this help");

  private static final List<String> KEYWORDS = List.of("all", "retest", "list", "runbook", "help", "diagnose");
  private static final int MAX_LENGTH = 500;

  public Command parse(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.length() > MAX_LENGTH) {
      return new Command.Invalid("That is too long for a command (" + trimmed.length() + " characters).", List.of());
    }
    if (trimmed.isEmpty()) {
      return new Command.DefaultAction();
    }
    List<String> words = Arrays.asList(trimmed.split("\\s+"));
    String first = words.get(0).toLowerCase(Locale.ROOT);
    List<String> rest = words.subList(1, words.size());
    return switch (first) {
      case "help", "-h", "--help", "?" -> rest.isEmpty() ? new Command.Help() : extraWords(first, rest);
      case "list", "ls" -> rest.isEmpty() ? new Command.ListDataSources() : extraWords(first, rest);
      case "all" -> rest.isEmpty() ? new Command.DiagnoseAll() : extraWords(first, rest);
      case "retest" -> oneTarget("retest", afterFirstWord(trimmed), Command.Retest::new);
      case "diagnose" -> oneTarget("diagnose", afterFirstWord(trimmed), Command.Diagnose::new);
      case "runbook" -> runbook(rest);
      default -> rest.isEmpty() || !isNearKeyword(first) ? new Command.Diagnose(trimmed) : unknownCommand(words.get(0));
    };
  }

  /** Data-source names may contain spaces ("InfluxDB Prod"): the target is the rest of the text. */
  private static Command oneTarget(String keyword, String target, java.util.function.Function<String, Command> make) {
    if (target.isEmpty()) {
      return new Command.Invalid("`" + keyword + "` needs a data source name or uid: /influx-check " + keyword + " NAME_OR_UID", List.of());
    }
    return make.apply(target);
  }

  private static String afterFirstWord(String text) {
    String[] parts = text.split("\\s+", 2);
    return parts.length < 2 ? "" : parts[1].strip();
  }

  /** A misspelt keyword ("retset prod") rather than the first word of a data-source name ("InfluxDB Prod"). */
  private static boolean isNearKeyword(String word) {
    return KEYWORDS.stream().anyMatch(k -> Suggestions.distance(word, k) <= Math.max(1, k.length() / 3));
  }

  private static Command runbook(List<String> rest) {
    if (rest.isEmpty()) {
      return new Command.Runbook("");
    }
    if (rest.size() > 1) {
      return extraWords("runbook", rest.subList(1, rest.size()));
    }
    return FindingCode.parse(rest.get(0))
        .<Command>map(code -> new Command.Runbook(code.name()))
        .orElseGet(() -> new Command.Invalid(
            "Unknown finding code `" + rest.get(0) + "`.",
            Suggestions.closest(rest.get(0).replace('-', '_'),
                Arrays.stream(FindingCode.values()).map(Enum::name).toList(), 3)));
  }

  private static Command extraWords(String keyword, List<String> extra) {
    return new Command.Invalid("Unexpected `" + String.join(" ", extra) + "` after `" + keyword + "`.", List.of());
  }

  private static Command unknownCommand(String word) {
    return new Command.Invalid("Unknown command `" + word + "`.", Suggestions.closest(word, KEYWORDS, 2));
  }
}
