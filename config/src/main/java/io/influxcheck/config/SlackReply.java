package io.influxcheck.config;

/** Where the Slack bot answers: in the channel, in a thread under the command, or only to the requester. */
public enum SlackReply { CHANNEL, THREAD, EPHEMERAL }
