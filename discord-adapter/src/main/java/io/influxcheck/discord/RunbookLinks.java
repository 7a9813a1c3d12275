package io.influxcheck.discord;

/**
 * Points a finding at its runbook entry: a link into the published runbook when its URL is configured,
 * otherwise the {@code /influx-check runbook} subcommand that shows the same entry in Discord.
 */
record RunbookLinks(String baseUrl) {
  RunbookLinks {
    baseUrl = baseUrl == null ? "" : baseUrl.strip();
  }

  String line(String anchor) {
    if (baseUrl.startsWith("https://") || baseUrl.startsWith("http://")) {
      return "📖 [Runbook: " + anchor + "](" + baseUrl + "#" + anchor + ")";
    }
    return "📖 Runbook: `/influx-check runbook code:" + anchor + "`";
  }
}
