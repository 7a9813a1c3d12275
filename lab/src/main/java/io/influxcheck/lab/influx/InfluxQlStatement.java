package io.influxcheck.lab.influx;

import java.util.List;

/**
 * The InfluxQL statements the simulators understand. {@link #canonical()} is what InfluxQL's
 * {@code Statement.String()} prints (used in 1.x authorization errors): keywords upper case, simple
 * identifiers unquoted. For SELECT the clauses after FROM are kept as sent (a simplification: the real
 * parser re-renders them too).
 */
sealed interface InfluxQlStatement {
  String canonical();

  /** Database the statement names with {@code ON db} or {@code FROM db.rp.m}, or null. */
  default String explicitDatabase() {
    return null;
  }

  /** True for statements that need READ on a database; false for SHOW DATABASES; admin-only ones are {@link AdminOnly}. */
  default boolean needsRead() {
    return true;
  }

  record ShowDatabases() implements InfluxQlStatement {
    public String canonical() {
      return "SHOW DATABASES";
    }

    public boolean needsRead() {
      return false;
    }
  }

  record ShowMeasurements(String on, Integer limit) implements InfluxQlStatement {
    public String canonical() {
      return "SHOW MEASUREMENTS" + (on == null ? "" : " ON " + InfluxQlParser.ident(on)) + (limit == null ? "" : " LIMIT " + limit);
    }

    public String explicitDatabase() {
      return on;
    }
  }

  record ShowRetentionPolicies(String on) implements InfluxQlStatement {
    public String canonical() {
      return "SHOW RETENTION POLICIES" + (on == null ? "" : " ON " + InfluxQlParser.ident(on));
    }

    public String explicitDatabase() {
      return on;
    }
  }

  /** {@code SHOW TAG KEYS} or {@code SHOW FIELD KEYS}, optionally {@code ON db} and {@code FROM m}. */
  record ShowKeys(boolean tags, String on, String from) implements InfluxQlStatement {
    public String canonical() {
      return "SHOW " + (tags ? "TAG" : "FIELD") + " KEYS" + (on == null ? "" : " ON " + InfluxQlParser.ident(on))
          + (from == null ? "" : " FROM " + InfluxQlParser.ident(from));
    }

    public String explicitDatabase() {
      return on;
    }
  }

  /** One selected column: a field or {@code *}, optionally inside an aggregate ({@code mean}, {@code count}, ...). */
  record Column(String function, String field) {
    String label() {
      return function == null ? field : function;
    }

    String canonical() {
      String f = field.equals("*") ? "*" : InfluxQlParser.ident(field);
      return function == null ? f : function + "(" + f + ")";
    }
  }

  record Select(List<Column> columns, String database, String retentionPolicy, String measurement, String rest, Integer limit)
      implements InfluxQlStatement {
    public String canonical() {
      StringBuilder s = new StringBuilder("SELECT ");
      for (int i = 0; i < columns.size(); i++) {
        s.append(i == 0 ? "" : ", ").append(columns.get(i).canonical());
      }
      s.append(" FROM ");
      if (database != null) {
        s.append(InfluxQlParser.ident(database)).append('.').append(retentionPolicy == null ? "" : InfluxQlParser.ident(retentionPolicy)).append('.');
      }
      s.append(InfluxQlParser.ident(measurement));
      return rest.isEmpty() ? s.toString() : s + " " + rest;
    }

    public String explicitDatabase() {
      return database;
    }
  }

  /** Statements only an admin may run ({@code SHOW USERS}, {@code CREATE ...}, {@code DROP ...}, ...). */
  record AdminOnly(String text) implements InfluxQlStatement {
    public String canonical() {
      return text;
    }
  }
}
