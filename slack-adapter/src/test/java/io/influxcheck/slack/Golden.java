package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/io/influxcheck/slack/golden/}. With
 * {@code -DupdateGolden=true} a mismatching file is rewritten, and the test still fails so a human
 * reviews the diff.
 */
final class Golden {
  private static final Path DIR = Path.of("src/test/resources/io/influxcheck/slack/golden");

  private Golden() { }

  /** The JSON Slack receives for a message: the fallback text and the blocks, as the SDK serialises them. */
  static String json(SlackMessage message) {
    JsonObject root = new JsonObject();
    root.addProperty("text", message.text());
    root.addProperty("ephemeral", message.ephemeral());
    root.add("blocks", GsonFactory.createSnakeCase().toJsonTree(message.blocks()));
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  static void assertMatches(String name, SlackMessage message) throws IOException {
    String actual = json(message);
    Path file = DIR.resolve(name + ".json");
    String expected = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    if (actual.equals(expected)) {
      return;
    }
    if (Boolean.getBoolean("updateGolden")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      fail("Rewrote golden file " + file + ": review the diff, then run again without -DupdateGolden");
    }
    if (expected == null) {
      fail("No golden file " + file + "; create it with -DupdateGolden=true and review it");
    }
    assertThat(actual).as("Block Kit JSON of %s (rewrite with -DupdateGolden=true)", name).isEqualTo(expected);
  }
}
