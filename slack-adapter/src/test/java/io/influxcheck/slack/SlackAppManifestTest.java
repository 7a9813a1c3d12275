package io.influxcheck.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code slack-app-manifest.yml} is valid YAML with the keys of Slack's app manifest
 * schema (docs.slack.dev/reference/app-manifest) and exactly what the adapter needs.
 */
class SlackAppManifestTest {
  private static final Path MANIFEST = Path.of("..", "slack-app-manifest.yml");

  @Test
  void declaresTheSlashCommandInteractivityTheScopesAndSocketMode() throws Exception {
    assertThat(MANIFEST).exists();
    JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(MANIFEST));

    assertThat(names(manifest)).isSubsetOf("_metadata", "display_information", "features", "oauth_config", "settings");
    JsonNode display = manifest.path("display_information");
    assertThat(display.path("name").asText()).isNotBlank().hasSizeLessThanOrEqualTo(35);
    assertThat(display.path("description").asText()).hasSizeLessThanOrEqualTo(140);

    JsonNode commands = manifest.path("features").path("slash_commands");
    assertThat(commands.isArray()).isTrue();
    assertThat(commands).hasSize(1);
    JsonNode command = commands.get(0);
    assertThat(command.path("command").asText()).isEqualTo(SlackListeners.COMMAND);
    assertThat(command.path("description").asText()).isNotBlank();
    assertThat(command.has("url")).as("Socket Mode: no request URL").isFalse();
    assertThat(manifest.path("features").path("bot_user").path("display_name").asText()).isNotBlank();

    assertThat(texts(manifest.path("oauth_config").path("scopes").path("bot")))
        .containsExactlyInAnyOrder("commands", "chat:write", "chat:write.public");

    JsonNode settings = manifest.path("settings");
    assertThat(settings.path("interactivity").path("is_enabled").isBoolean()).isTrue();
    assertThat(settings.path("interactivity").path("is_enabled").asBoolean()).isTrue();
    assertThat(settings.path("socket_mode_enabled").asBoolean()).isTrue();
    assertThat(settings.has("event_subscriptions")).as("the bot listens to no events").isFalse();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
