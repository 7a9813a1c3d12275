package io.influxcheck.lab.influx;

import java.util.List;

/**
 * Flux's annotated CSV as InfluxDB 2.x writes it for {@code "annotations":["datatype","group","default"]}:
 * CRLF line ends, a {@code #datatype}/{@code #group}/{@code #default} block and a header whenever the
 * schema changes, a blank line between blocks and at the end. A table with no rows is written as its
 * annotations and header only.
 */
final class AnnotatedCsv {
  static final String CONTENT_TYPE = "text/csv; charset=utf-8";
  private static final String CRLF = "\r\n";

  /** One output table: column names, Flux types, group-key flags, and rows (without result/table cells). */
  record Table(List<String> columns, List<String> types, List<Boolean> group, List<List<String>> rows) {}

  private AnnotatedCsv() {}

  static String write(String resultName, List<Table> tables) {
    StringBuilder out = new StringBuilder();
    Table previous = null;
    for (int i = 0; i < tables.size(); i++) {
      Table t = tables.get(i);
      boolean newBlock = previous == null || !previous.columns().equals(t.columns()) || !previous.types().equals(t.types());
      if (newBlock) {
        if (previous != null) {
          out.append(CRLF);
        }
        annotations(out, resultName, t);
      }
      for (List<String> row : t.rows()) {
        out.append(",,").append(i);
        for (String cell : row) {
          out.append(',').append(escape(cell));
        }
        out.append(CRLF);
      }
      previous = t;
    }
    out.append(CRLF);
    return out.toString();
  }

  private static void annotations(StringBuilder out, String resultName, Table t) {
    out.append("#datatype,string,long");
    t.types().forEach(type -> out.append(',').append(type));
    out.append(CRLF).append("#group,false,false");
    t.group().forEach(g -> out.append(',').append(g));
    out.append(CRLF).append("#default,").append(resultName).append(',');
    t.columns().forEach(c -> out.append(','));
    out.append(CRLF).append(",result,table");
    t.columns().forEach(c -> out.append(',').append(escape(c)));
    out.append(CRLF);
  }

  private static String escape(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }
}
