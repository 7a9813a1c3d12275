package io.influxcheck.config.provisioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands variables in a provisioning-file string value exactly as Grafana does
 * ({@code pkg/services/provisioning/values}): the value is split on {@code $$} (which becomes a
 * literal {@code $}); in each part, {@code ${VAR}} and {@code $__env{VAR}} are replaced by the
 * environment variable and {@code $__file{/path}} by the file's trimmed content; then Go's
 * {@code os.ExpandEnv} replaces {@code $VAR} and {@code ${VAR}}. An unset variable expands to
 * empty, as in Grafana, and its name is recorded ({@code __file{/path}} for an unreadable file).
 *
 * <p>Not mimicked: Grafana falls back to the host name for an empty {@code ${HOSTNAME}}.
 */
final class GrafanaExpansion {
  /** Grafana's expander syntax: {@code $name{argument}} with an empty or {@code __word} name. */
  private static final Pattern EXPANDER = Pattern.compile("\\$(|__\\w+)\\{([^}]+)}");

  private final Function<String, String> env;
  private final Set<String> unresolved = new LinkedHashSet<>();

  GrafanaExpansion(Function<String, String> env) {
    this.env = env;
  }

  /** Variables that were referenced but not set, in order of first use, across every expanded value. */
  List<String> unresolved() {
    return new ArrayList<>(unresolved);
  }

  String expand(String value) {
    String[] parts = value.split("\\$\\$", -1);
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        result.append('$');
      }
      result.append(expandGo(expandFiles(expandEnvExpander(parts[i]))));
    }
    return result.toString();
  }

  private String expandEnvExpander(String part) {
    return replaceExpanders(part, "__env", name -> lookup(name));
  }

  private String expandFiles(String part) {
    return replaceExpanders(part, "__file", path -> {
      try {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
      } catch (IOException | RuntimeException e) {
        unresolved.add("__file{" + path + "}");
        return "";
      }
    });
  }

  /** One pass of Grafana's {@code applyExpander}: {@code ${X}} counts as the env expander. */
  private static String replaceExpanders(String part, String expander, Function<String, String> expand) {
    Matcher m = EXPANDER.matcher(part);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean ours = m.group(1).equals(expander) || (m.group(1).isEmpty() && expander.equals("__env"));
      m.appendReplacement(out, Matcher.quoteReplacement(ours ? expand.apply(m.group(2)) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Go's {@code os.Expand} with the environment, including its handling of bad syntax. */
  private String expandGo(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (int j = 0; j < s.length(); j++) {
      if (s.charAt(j) == '$' && j + 1 < s.length()) {
        out.append(s, i, j);
        String rest = s.substring(j + 1);
        ShellName name = shellName(rest);
        if (name.name().isEmpty() && name.width() > 0) {
          // Go eats the bad syntax ("${}" or an unclosed "${").
        } else if (name.name().isEmpty()) {
          out.append('$');
        } else {
          out.append(lookup(name.name()));
        }
        j += name.width();
        i = j + 1;
      }
    }
    return out.append(s.substring(Math.min(i, s.length()))).toString();
  }

  private record ShellName(String name, int width) {}

  private static ShellName shellName(String s) {
    if (s.charAt(0) == '{') {
      if (s.length() > 2 && isShellSpecial(s.charAt(1)) && s.charAt(2) == '}') {
        return new ShellName(s.substring(1, 2), 3);
      }
      for (int i = 1; i < s.length(); i++) {
        if (s.charAt(i) == '}') {
          return i == 1 ? new ShellName("", 2) : new ShellName(s.substring(1, i), i + 1);
        }
      }
      return new ShellName("", 1);
    }
    if (isShellSpecial(s.charAt(0))) {
      return new ShellName(s.substring(0, 1), 1);
    }
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '_' || isAsciiLetterOrDigit(s.charAt(i)))) {
      i++;
    }
    return new ShellName(s.substring(0, i), i);
  }

  private static boolean isShellSpecial(char c) {
    return "*#$@!?-".indexOf(c) >= 0 || (c >= '0' && c <= '9');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private String lookup(String name) {
    String value = env.apply(name);
    if (value == null) {
      unresolved.add(name);
      return "";
    }
    return value;
  }
}
