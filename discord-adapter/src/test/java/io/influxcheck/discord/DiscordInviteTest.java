package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.influxcheck.config.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordInviteTest {
  private static final String APP_ID = "1234567890123456789";

  @Test
  void theUrlAsksForTheBotAndCommandScopesAndNoPermissions() {
    assertThat(DiscordInvite.url(APP_ID, List.of()))
        .isEqualTo("https://discord.com/oauth2/authorize?client_id=1234567890123456789&scope=bot+applications.commands&permissions=0");
  }

  @Test
  void oneConfiguredGuildIsPreselected() {
    assertThat(DiscordInvite.url(APP_ID, List.of("3000000000000000001")))
        .endsWith("&permissions=0&guild_id=3000000000000000001&disable_guild_select=true");
    assertThat(DiscordInvite.url(APP_ID, List.of("3000000000000000001", "3000000000000000002"))).endsWith("&permissions=0");
  }

  @Test
  void theApplicationIdIsReadFromTheTokensFirstPart() {
    String firstPart = Base64.getEncoder().withoutPadding().encodeToString(APP_ID.getBytes(StandardCharsets.US_ASCII));
    Secret token = Secret.of(firstPart + ".GhIjKl.canary-secret-part-of-the-token");

    assertThat(DiscordInvite.applicationId(token)).contains(APP_ID);
  }

  @Test
  void aTokenWithoutAnIdGivesNone() {
    assertThat(DiscordInvite.applicationId(Secret.of("not-a-bot-token"))).isEmpty();
    assertThat(DiscordInvite.applicationId(Secret.of("!!!.abc.def"))).isEmpty();
    assertThat(DiscordInvite.applicationId(Secret.of("aGVsbG8.abc.def"))).as("decodes, but not to an id").isEmpty();
    assertThatThrownBy(() -> DiscordInvite.url("abc", List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
