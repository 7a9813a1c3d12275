package io.influxcheck.app.bench;

/**
 * A slash command through the real Bolt app in HTTP mode, on loopback.
 *
 * @param command the command text
 * @param ack signed POST sent until Bolt's HTTP 200 (the acknowledgement) arrives
 * @param answer signed POST sent until the final answer reached the (fake) Slack Web API
 * @param check how many runs were acknowledged with 200 and answered
 */
public record SlackRun(String command, Stats ack, Stats answer, String check) { }
