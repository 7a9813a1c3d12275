package io.influxcheck.lab.grafana;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simplified Grafana data frame: named, typed columns of equal length. Serialised in the plugin
 * SDK's data-frame JSON ({@code {"schema":{…,"fields":[…]},"data":{"values":[[…],…]}}}); time values
 * are epoch milliseconds as the SDK writes them. Frame {@code meta}, field labels and config are omitted.
 */
record DataFrame(String name, List<Field> fields) {

  /** Column types the simulator produces, with the SDK's JSON {@code type} and Go {@code typeInfo.frame}. */
  enum FieldType {
    TIME("time", "time.Time"),
    NUMBER("number", "float64"),
    INTEGER("number", "int64"),
    STRING("string", "string"),
    BOOLEAN("boolean", "bool");

    final String json;
    final String goType;

    FieldType(String json, String goType) {
      this.json = json;
      this.goType = goType;
    }
  }

  record Field(String name, FieldType type, List<Object> values) {
    Field {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  DataFrame {
    fields = List.copyOf(fields);
  }

  /** Rows in this frame (the length of its first field), as Grafana counts buckets or measurements. */
  int rowCount() {
    return fields.isEmpty() ? 0 : fields.get(0).values().size();
  }

  Map<String, Object> toJson(String refId) {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (!name.isEmpty()) {
      schema.put("name", name);
    }
    schema.put("refId", refId);
    List<Object> fieldSchemas = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Field field : fields) {
      Map<String, Object> typeInfo = new LinkedHashMap<>();
      typeInfo.put("frame", field.type().goType);
      typeInfo.put("nullable", true);
      Map<String, Object> fieldSchema = new LinkedHashMap<>();
      fieldSchema.put("name", field.name());
      fieldSchema.put("type", field.type().json);
      fieldSchema.put("typeInfo", typeInfo);
      fieldSchemas.add(fieldSchema);
      values.add(field.values());
    }
    schema.put("fields", fieldSchemas);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("schema", schema);
    json.put("data", Map.of("values", values));
    return json;
  }
}
