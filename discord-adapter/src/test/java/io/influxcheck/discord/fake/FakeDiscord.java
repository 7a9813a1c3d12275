package io.influxcheck.discord.fake;

import io.influxcheck.config.ChatChannel;
import io.influxcheck.config.DiscordReply;
import io.influxcheck.config.DiscordSettings;
import io.influxcheck.config.Secret;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A fake Discord on 127.0.0.1 for driving the real JDA: REST ({@link FakeDiscordRest}) plus gateway
 * ({@link FakeDiscordGateway}). One guild with one text channel, or none (then interactions come from
 * a guild the bot has not cached, as with a global command). Tests dispatch interactions with
 * {@link #interactions()} and assert on the recorded requests and frames.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final String APPLICATION_ID = "2000000000000000001";
  public static final String GUILD_ID = "3000000000000000001";
  public static final String CHANNEL_ID = "4000000000000000001";

  private final String token;
  private final boolean withGuild;
  private final AtomicLong order = new AtomicLong();
  private final FakeDiscordRest rest;
  private final FakeDiscordGateway gateway;
  private final Interactions interactions;

  private FakeDiscord(String token, boolean withGuild) throws Exception {
    this.token = token;
    this.withGuild = withGuild;
    this.rest = new FakeDiscordRest(this);
    this.gateway = new FakeDiscordGateway(this);
    gateway.startAndWait();
    this.interactions = new Interactions(this);
  }

  /** A fake with one guild that the bot is a member of. */
  public static FakeDiscord withGuild(String token) throws Exception {
    return new FakeDiscord(token, true);
  }

  /** A fake where the bot is in no cached guild (global command). */
  public static FakeDiscord withoutGuild(String token) throws Exception {
    return new FakeDiscord(token, false);
  }

  /** Settings pointing the adapter at this fake, with the given bot token and channel style. */
  public DiscordSettings settings(Secret botToken, DiscordReply reply, String channelDefault) {
    ChatChannel<DiscordReply> channel = new ChatChannel<>(reply,
        channelDefault.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(channelDefault));
    return new DiscordSettings(botToken, withGuild ? List.of(GUILD_ID) : List.of(), URI.create(rest.baseUrl()),
        URI.create(gateway.url()), Map.of(CHANNEL_ID, channel), DiscordReply.PUBLIC);
  }

  public Recorder<RecordedRequest> requests() {
    return rest.requests();
  }

  public Recorder<DataObject> frames() {
    return gateway.frames();
  }

  /** Resource paths of gateway connections, in order (e.g. {@code /?encoding=json&v=10}). */
  public Recorder<String> connections() {
    return gateway.connections();
  }

  public Interactions interactions() {
    return interactions;
  }

  public void requestReconnect() {
    gateway.requestReconnect();
  }

  /** The bot's response message of an interaction as last edited through the webhook, or {@code null}. */
  public DataObject original(String interactionToken) {
    return rest.original(interactionToken);
  }

  void dispatch(String type, DataObject data) {
    gateway.dispatch(type, data);
  }

  boolean hasGuild() {
    return withGuild;
  }

  String token() {
    return token;
  }

  String gatewayUrl() {
    return gateway.url();
  }

  long nextOrder() {
    return order.incrementAndGet();
  }

  DataObject botUser() {
    return DataObject.empty().put("id", APPLICATION_ID).put("username", "influx-check").put("discriminator", "0")
        .put("global_name", "influx-check").putNull("avatar").put("bot", true).put("verified", true)
        .put("mfa_enabled", false).put("flags", 0);
  }

  DataObject ready(String resumeUrl) {
    DataArray guilds = DataArray.empty();
    if (withGuild) {
      guilds.add(DataObject.empty().put("id", GUILD_ID).put("unavailable", true));
    }
    return DataObject.empty()
        .put("v", 10)
        .put("user", botUser())
        .put("guilds", guilds)
        .put("private_channels", DataArray.empty())
        .put("session_id", "session-" + Snowflakes.next())
        .put("resume_gateway_url", resumeUrl)
        .put("application", DataObject.empty().put("id", APPLICATION_ID).put("flags", 0));
  }

  List<DataObject> guilds() {
    if (!withGuild) {
      return List.of();
    }
    DataObject everyone = DataObject.empty().put("id", GUILD_ID).put("name", "@everyone").put("color", 0)
        .put("position", 0).put("permissions", "0").put("hoist", false).put("managed", false).put("mentionable", false);
    DataObject channel = DataObject.empty().put("id", CHANNEL_ID).put("type", 0).put("name", "ops").put("position", 0)
        .put("permission_overwrites", DataArray.empty());
    DataObject self = DataObject.empty().put("user", botUser()).put("roles", DataArray.empty())
        .put("joined_at", "2025-01-01T00:00:00+00:00").put("deaf", false).put("mute", false).put("flags", 0);
    return List.of(DataObject.empty()
        .put("id", GUILD_ID).put("name", "SRE").put("member_count", 2).put("afk_timeout", 300)
        .put("owner_id", "5000000000000000001").put("features", DataArray.empty()).put("preferred_locale", "en-US")
        .put("roles", DataArray.empty().add(everyone))
        .put("channels", DataArray.empty().add(channel))
        .put("members", DataArray.empty().add(self))
        .put("threads", DataArray.empty())
        .put("guild_scheduled_events", DataArray.empty())
        .put("emojis", DataArray.empty())
        .put("stickers", DataArray.empty())
        .put("voice_states", DataArray.empty()));
  }

  @Override
  public void close() throws Exception {
    rest.close();
    gateway.stop(1000);
  }
}
