package io.influxcheck.core.command;

import java.util.Objects;

/** Who asked: the chat platform, the user's id there and a display name for "re-tested by ...". */
public record Requester(String platform, String userId, String displayName) {
  public Requester {
    Objects.requireNonNull(platform, "platform is null");
    userId = userId == null ? "" : userId;
    displayName = displayName == null || displayName.isBlank() ? userId : displayName;
  }

  public static Requester console() {
    return new Requester("console", System.getProperty("user.name", ""), System.getProperty("user.name", ""));
  }
}
