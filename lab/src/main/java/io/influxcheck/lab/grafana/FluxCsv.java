package io.influxcheck.lab.grafana;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Flux annotated-CSV response the way influxdb-client-go's {@code QueryTableResult.Next}
 * does (same parse errors, same in-band error table handling) and groups the records into one
 * {@link DataFrame} per table, dropping the {@code result} and {@code table} columns (Grafana's frame
 * builder does more: wide frames, labels; the simulator keeps the flat table).
 */
final class FluxCsv {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private FluxCsv() {}

  private enum State { NORMAL, ANNOTATION, NAME_ROW, ERROR }

  private static final class Table {
    final int width;
    final String[] types;
    final String[] defaults;
    String[] names;
    final List<List<Object>> columns = new ArrayList<>();

    Table(int width) {
      this.width = width;
      types = new String[width];
      defaults = new String[width];
      names = new String[width];
      java.util.Arrays.fill(types, "");
      java.util.Arrays.fill(defaults, "");
      java.util.Arrays.fill(names, "");
      for (int i = 0; i < width; i++) {
        columns.add(new ArrayList<>());
      }
    }

    boolean hasRows() {
      return width > 0 && !columns.get(0).isEmpty();
    }
  }

  /** Frames, or the response error client-go would report. */
  static QueryOutcome parse(String body) {
    List<Table> tables = new ArrayList<>();
    Table table = null;
    State state = State.NORMAL;
    boolean dataTypeFound = false;
    try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(body)) {
      while (rows.hasNextValue()) {
        String[] row = rows.nextValue();
        if (row.length <= 1) {
          continue;
        }
        if (!row[0].isEmpty() && row[0].charAt(0) == '#' && state == State.NORMAL) {
          table = new Table(row.length - 1);
          tables.add(table);
          state = State.ANNOTATION;
          dataTypeFound = false;
        }
        if (table == null) {
          return new QueryOutcome.ResponseError("parsing error, annotations not found");
        }
        if (row.length - 1 != table.width) {
          return new QueryOutcome.ResponseError("parsing error, row has different number of columns than the table: "
              + (row.length - 1) + " vs " + table.width);
        }
        switch (row[0]) {
          case "#datatype":
            dataTypeFound = true;
            System.arraycopy(row, 1, table.types, 0, table.width);
            continue;
          case "#group":
            continue;
          case "#default":
            System.arraycopy(row, 1, table.defaults, 0, table.width);
            continue;
          case "":
            break;
          default:
            continue;
        }
        if (state == State.ANNOTATION) {
          if (!dataTypeFound) {
            return new QueryOutcome.ResponseError("parsing error, datatype annotation not found");
          }
          state = State.NAME_ROW;
        }
        if (state == State.NAME_ROW) {
          if (row[1].equals("error")) {
            state = State.ERROR;
          } else {
            System.arraycopy(row, 1, table.names, 0, table.width);
            state = State.NORMAL;
          }
          continue;
        }
        if (state == State.ERROR) {
          String message = row[1].isEmpty() ? "unknown query error" : row[1];
          String reference = row.length > 2 && !row[2].isEmpty() ? "," + row[2] : "";
          return new QueryOutcome.ResponseError(message + reference);
        }
        for (int i = 0; i < table.width; i++) {
          String raw = row[i + 1].isEmpty() ? table.defaults[i] : row[i + 1];
          table.columns.get(i).add(value(raw, table.types[i], table.names[i]));
        }
      }
    } catch (ValueError e) {
      return new QueryOutcome.ResponseError(e.getMessage());
    } catch (IOException | RuntimeException e) {
      return new QueryOutcome.ResponseError("parse error: " + e.getMessage());
    }
    List<DataFrame> frames = new ArrayList<>();
    for (Table t : tables) {
      if (t.hasRows()) {
        frames.add(frame(t));
      }
    }
    return new QueryOutcome.Frames(frames);
  }

  private static DataFrame frame(Table table) {
    List<DataFrame.Field> fields = new ArrayList<>();
    for (int i = 0; i < table.width; i++) {
      String name = table.names[i];
      if (name.equals("result") || name.equals("table")) {
        continue;
      }
      fields.add(new DataFrame.Field(name, fieldType(table.types[i]), table.columns.get(i)));
    }
    return new DataFrame("", fields);
  }

  private static DataFrame.FieldType fieldType(String dataType) {
    switch (dataType) {
      case "dateTime:RFC3339":
      case "dateTime:RFC3339Nano":
        return DataFrame.FieldType.TIME;
      case "double":
        return DataFrame.FieldType.NUMBER;
      case "long":
      case "unsignedLong":
        return DataFrame.FieldType.INTEGER;
      case "boolean":
        return DataFrame.FieldType.BOOLEAN;
      default:
        return DataFrame.FieldType.STRING;
    }
  }

  /** client-go's {@code toValue}: empty is null; time becomes epoch milliseconds for the frame JSON. */
  private static Object value(String raw, String dataType, String name) throws ValueError {
    if (raw.isEmpty()) {
      return null;
    }
    try {
      switch (dataType) {
        case "string":
        case "base64Binary":
        case "duration":
          return raw;
        case "dateTime:RFC3339":
        case "dateTime:RFC3339Nano":
          return OffsetDateTime.parse(raw).toInstant().toEpochMilli();
        case "double":
          return Double.parseDouble(raw);
        case "boolean":
          return !raw.equalsIgnoreCase("false");
        case "long":
        case "unsignedLong":
          return Long.parseLong(raw);
        default:
          throw new ValueError(name + " has unknown data type " + dataType);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new ValueError(name + ": cannot parse \"" + raw + "\" as " + dataType);
    }
  }

  private static final class ValueError extends Exception {
    private static final long serialVersionUID = 1L;

    ValueError(String message) {
      super(message);
    }
  }
}
