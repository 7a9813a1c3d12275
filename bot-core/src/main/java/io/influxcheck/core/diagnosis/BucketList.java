package io.influxcheck.core.diagnosis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a 2.x {@code GET /api/v2/buckets} or {@code /api/v2/orgs} body: the items the token may see. */
record BucketList(List<Item> items) {
  /** One bucket (or organization): its ID, its organization's ID (empty for an org) and its name. */
  record Item(String id, String orgId, String name) {
  }

  BucketList {
    items = List.copyOf(items);
  }

  /** Parses {@code {"buckets":[…]}} or {@code {"orgs":[…]}}; empty when the body is neither. */
  static Optional<BucketList> parse(String body, String arrayKey) {
    JsonNode root = Json.object(body);
    if (root == null || !root.path(arrayKey).isArray()) {
      return Optional.empty();
    }
    List<Item> items = new ArrayList<>();
    for (JsonNode node : root.path(arrayKey)) {
      items.add(new Item(node.path("id").asText(""), node.path("orgID").asText(""), node.path("name").asText("")));
    }
    return Optional.of(new BucketList(items));
  }

  List<String> names() {
    return items.stream().map(Item::name).toList();
  }

  Optional<Item> named(String name) {
    return items.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
