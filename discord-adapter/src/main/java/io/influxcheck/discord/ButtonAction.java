package io.influxcheck.discord;

import io.influxcheck.core.retest.HealthStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What a button asks for, carried entirely in its {@code custom_id} so that any replica of the bot can
 * handle the click: {@code ic:rt:<E|O|U|->:<target>} re-tests, {@code ic:dx:<target>} diagnoses again.
 * The target is a data source's {@code DataSourceRef.key()}; the re-test letter is the health shown on
 * the message when it was drawn (the "before" of the next re-test).
 *
 * @param shownBefore the health status the message showed, or {@code null} when not known
 */
public record ButtonAction(Kind kind, HealthStatus shownBefore, String target) {
  /** Discord's limit for a {@code custom_id}. */
  public static final int MAX_ID_LENGTH = 100;

  private static final String RETEST = "ic:rt:";
  private static final String DIAGNOSE = "ic:dx:";

  public enum Kind { RETEST, DIAGNOSE }

  public ButtonAction {
    Objects.requireNonNull(kind, "kind is null");
    Objects.requireNonNull(target, "target is null");
  }

  public static ButtonAction retest(String target, HealthStatus shownBefore) {
    return new ButtonAction(Kind.RETEST, shownBefore, target);
  }

  public static ButtonAction diagnose(String target) {
    return new ButtonAction(Kind.DIAGNOSE, null, target);
  }

  /** The {@code custom_id}, or empty when the target is too long to fit in 100 characters. */
  public Optional<String> customId() {
    String id = kind == Kind.RETEST ? RETEST + letter(shownBefore) + ":" + target : DIAGNOSE + target;
    return id.length() <= MAX_ID_LENGTH && !target.isEmpty() ? Optional.of(id) : Optional.empty();
  }

  /** Parses a {@code custom_id}; empty for ids this bot did not make (or an older, unknown format). */
  public static Optional<ButtonAction> parse(String customId) {
    if (customId == null) {
      return Optional.empty();
    }
    if (customId.startsWith(DIAGNOSE) && customId.length() > DIAGNOSE.length()) {
      return Optional.of(diagnose(customId.substring(DIAGNOSE.length())));
    }
    if (customId.startsWith(RETEST) && customId.length() > RETEST.length() + 2 && customId.charAt(RETEST.length() + 1) == ':') {
      char letter = customId.charAt(RETEST.length());
      if ("EOU-".indexOf(letter) < 0) {
        return Optional.empty();
      }
      return Optional.of(retest(customId.substring(RETEST.length() + 2), status(letter)));
    }
    return Optional.empty();
  }

  private static char letter(HealthStatus status) {
    if (status == null) {
      return '-';
    }
    return status.name().charAt(0);
  }

  private static HealthStatus status(char letter) {
    switch (letter) {
      case 'O': return HealthStatus.OK;
      case 'E': return HealthStatus.ERROR;
      case 'U': return HealthStatus.UNKNOWN;
      default: return null;
    }
  }
}
