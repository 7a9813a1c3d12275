package io.influxcheck.discord.fake;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * Builds and dispatches INTERACTION_CREATE events as Discord sends them: slash commands, autocomplete
 * and button clicks, from a member of the fake guild in its one text channel. Each returns the
 * interaction's token, which names its callback and webhook routes.
 */
public final class Interactions {
  public static final String COMMAND_ID = "6000000000000000001";

  private final FakeDiscord discord;

  Interactions(FakeDiscord discord) {
    this.discord = discord;
  }

  /** {@code /influx-check <subcommand> [option:value]}; {@code option} may be null. */
  public String slash(String userId, String userName, String subcommand, String option, String value) {
    return dispatch(2, userId, userName, commandData(subcommand, option, value, false), null);
  }

  /** The user is typing {@code value} into {@code option} of {@code subcommand}. */
  public String autocomplete(String userId, String userName, String subcommand, String option, String value) {
    return dispatch(4, userId, userName, commandData(subcommand, option, value, true), null);
  }

  /** A click on a button with {@code customId} on {@code message} (as the fake last returned it). */
  public String click(String userId, String userName, String customId, DataObject message) {
    DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
    return dispatch(3, userId, userName, data, message);
  }

  private String dispatch(int type, String userId, String userName, DataObject data, DataObject message) {
    String token = "itoken-" + Snowflakes.next();
    DataObject user = DataObject.empty().put("id", userId).put("username", userName).put("discriminator", "0")
        .put("global_name", userName).putNull("avatar");
    DataObject interaction = DataObject.empty()
        .put("id", Snowflakes.next())
        .put("application_id", FakeDiscord.APPLICATION_ID)
        .put("type", type)
        .put("token", token)
        .put("version", 1)
        .put("data", data)
        .put("guild_id", FakeDiscord.GUILD_ID)
        .put("guild", DataObject.empty().put("id", FakeDiscord.GUILD_ID).put("locale", "en-US").put("features", DataArray.empty()))
        .put("channel_id", FakeDiscord.CHANNEL_ID)
        .put("channel", DataObject.empty().put("id", FakeDiscord.CHANNEL_ID).put("type", 0).put("name", "ops")
            .put("position", 0).put("permissions", "2147483647").put("guild_id", FakeDiscord.GUILD_ID))
        .put("member", DataObject.empty().put("user", user).put("roles", DataArray.empty())
            .put("joined_at", "2025-01-01T00:00:00+00:00").put("permissions", "2147483647").put("deaf", false)
            .put("mute", false).put("flags", 0).putNull("nick"))
        .put("locale", "en-US")
        .put("guild_locale", "en-US")
        .put("app_permissions", "0")
        .put("entitlements", DataArray.empty())
        .put("context", 0)
        .put("authorizing_integration_owners", DataObject.empty().put("0", FakeDiscord.GUILD_ID))
        .put("attachment_size_limit", 10485760);
    if (message != null) {
      interaction.put("message", message);
    }
    discord.dispatch("INTERACTION_CREATE", interaction);
    return token;
  }

  private DataObject commandData(String subcommand, String option, String value, boolean focused) {
    DataArray subOptions = DataArray.empty();
    if (option != null) {
      DataObject opt = DataObject.empty().put("name", option).put("type", 3).put("value", value);
      if (focused) {
        opt.put("focused", true);
      }
      subOptions.add(opt);
    }
    DataObject data = DataObject.empty().put("id", COMMAND_ID).put("name", "influx-check").put("type", 1)
        .put("options", DataArray.empty().add(DataObject.empty().put("name", subcommand).put("type", 1).put("options", subOptions)));
    if (discord.hasGuild()) {
      data.put("guild_id", FakeDiscord.GUILD_ID);
    }
    return data;
  }
}
