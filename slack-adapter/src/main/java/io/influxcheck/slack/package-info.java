/**
 * The Slack adapter on Bolt for Java: the {@code /influx-check} slash command, the live checklist,
 * the Block Kit report and the Re-test button, over Socket Mode or HTTP.
 */
package io.influxcheck.slack;
