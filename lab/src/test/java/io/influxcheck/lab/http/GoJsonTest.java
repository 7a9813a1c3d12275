package io.influxcheck.lab.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GoJsonTest {

  @Test
  void marshalKeepsStructOrderSortsGoMapsAndPrintsFloatsLikeGo() {
    Map<String, Object> struct = new LinkedHashMap<>();
    struct.put("status", 200);
    struct.put("values", List.of(1.0, 0.5, 1e21, 42L));
    struct.put("jsonData", new TreeMap<>(Map.of("version", "Flux", "organization", "acme")));
    struct.put("extra", null);
    struct.put("flags", Arrays.asList(true, null));

    assertThat(GoJson.marshal(struct)).isEqualTo("{\"status\":200,\"values\":[1,0.5,1e+21,42],"
        + "\"jsonData\":{\"organization\":\"acme\",\"version\":\"Flux\"},\"extra\":null,\"flags\":[true,null]}");
  }

  @Test
  void marshalEscapesHtmlCharactersLikeGo() {
    assertThat(GoJson.marshal("<b> & \"q\"\n\u2028")).isEqualTo("\"\\u003cb\\u003e \\u0026 \\\"q\\\"\\n\\u2028\"");
  }
}
