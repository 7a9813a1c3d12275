package io.influxcheck.discord;

import static org.assertj.core.api.Assertions.assertThat;

import net.dv8tion.jda.api.components.ActionComponent;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Asserts a rendered message is within Discord's documented limits, counted independently of the
 * renderer: 10 embeds, 6000 characters across them, 25 fields, 256/1024 per field name/value, 4096
 * description, 2048 footer, 2000 content, 5 rows of 5 buttons, 100-character custom ids, 80-character labels.
 */
final class DiscordLimits {
  private DiscordLimits() { }

  static void assertWithin(MessageEditData message) {
    assertThat(message.getContent().length()).isLessThanOrEqualTo(2000);
    assertThat(message.getEmbeds()).hasSizeLessThanOrEqualTo(10);
    int total = 0;
    for (MessageEmbed embed : message.getEmbeds()) {
      int length = 0;
      if (embed.getTitle() != null) {
        assertThat(embed.getTitle().length()).isLessThanOrEqualTo(256);
        length += embed.getTitle().length();
      }
      if (embed.getDescription() != null) {
        assertThat(embed.getDescription().length()).isLessThanOrEqualTo(4096);
        length += embed.getDescription().length();
      }
      if (embed.getFooter() != null && embed.getFooter().getText() != null) {
        assertThat(embed.getFooter().getText().length()).isLessThanOrEqualTo(2048);
        length += embed.getFooter().getText().length();
      }
      assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
      for (MessageEmbed.Field field : embed.getFields()) {
        assertThat(field.getName().length()).isBetween(1, 256);
        assertThat(field.getValue().length()).isBetween(1, 1024);
        length += field.getName().length() + field.getValue().length();
      }
      total += length;
    }
    assertThat(total).as("characters across all embeds").isLessThanOrEqualTo(6000);
    assertThat(message.getComponents()).hasSizeLessThanOrEqualTo(Message.MAX_COMPONENT_COUNT);
    for (MessageTopLevelComponentUnion component : message.getComponents()) {
      ActionRow row = component.asActionRow();
      assertThat(row.getComponents()).hasSizeLessThanOrEqualTo(5);
      for (ActionComponent action : row.getActionComponents()) {
        Button button = (Button) action;
        assertThat(button.getLabel().length()).isLessThanOrEqualTo(80);
        if (button.getUrl() == null) {
          assertThat(button.getCustomId()).hasSizeBetween(1, 100);
        } else {
          assertThat(button.getUrl().length()).isLessThanOrEqualTo(512);
        }
      }
    }
  }
}
