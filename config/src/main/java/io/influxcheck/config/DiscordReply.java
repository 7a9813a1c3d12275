package io.influxcheck.config;

/** Whether the Discord bot answers for everyone in the channel or only to the requester. */
public enum DiscordReply { PUBLIC, EPHEMERAL }
