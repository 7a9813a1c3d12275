package io.influxcheck.discord.fake;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** One REST request the fake Discord received; {@code order} counts requests and gateway frames together. */
public record RecordedRequest(long order, String method, String path, Map<String, List<String>> headers, String body) {
  public boolean is(String expectedMethod, String pathRegex) {
    return method.equals(expectedMethod) && path.matches(pathRegex);
  }

  public DataObject json() {
    return DataObject.fromJson(body);
  }

  public DataArray jsonArray() {
    return DataArray.fromJson(body);
  }

  /** The interaction callback type (4 reply, 5 deferred reply, 6 deferred edit, 7 edit, 8 autocomplete). */
  public int callbackType() {
    return json().getInt("type");
  }

  public String header(String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0)).findFirst().orElse("");
  }

  @Override
  public String toString() {
    return "#" + order + " " + method + " " + path + (body.isEmpty() ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
  }
}
