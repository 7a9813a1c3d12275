package io.influxcheck.app.console;

import io.influxcheck.core.diagnosis.Evidence;
import io.influxcheck.core.report.Report;

/** Small formatting rules shared by the text and Markdown renderers. */
final class Texts {
  private Texts() { }

  /** At most {@code max} characters, with a note saying how much was cut and where the rest is. */
  static String cap(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, max) + "… (" + (text.length() - max) + " more characters; --format json has them all)";
  }

  /** "name (uid)" or the name. */
  static String title(Report report) {
    String uid = report.datasource().uid();
    return uid.isEmpty() ? report.datasource().name() : report.datasource().name() + " (" + uid + ")";
  }

  /** "InfluxDB 2.x OSS 2.7.12", or "server not identified". */
  static String server(Report report) {
    return report.server().isKnown()
        ? (report.server().product() + " " + report.server().version()).strip()
        : "server not identified";
  }

  /** One line describing a request or observation: {@code POST /api/v2/query?org=acme [Token sha256:…] → 401 (38 ms)}. */
  static String evidenceLine(Evidence e) {
    StringBuilder line = new StringBuilder();
    if (e.isRequest()) {
      line.append(e.target()).append(' ').append(e.method()).append(' ').append(e.path());
      if (!e.auth().isEmpty()) {
        line.append(" [auth: ").append(e.auth()).append(']');
      }
      line.append(" → ").append(e.status() == null ? "no response" : String.valueOf(e.status()));
      line.append(" (").append(e.elapsedMs()).append(" ms)");
    } else {
      line.append(e.target());
      if (!e.path().isEmpty()) {
        line.append(' ').append(e.path());
      }
    }
    return line.toString();
  }

  static String indent(String text, String prefix) {
    return prefix + text.replace("\n", "\n" + prefix);
  }
}
