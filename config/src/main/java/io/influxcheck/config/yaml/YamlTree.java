package io.influxcheck.config.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses one YAML document into a {@link YamlNode} tree with line numbers.
 *
 * <p>Duplicate keys and recursive aliases are syntax errors (Grafana's YAML library rejects duplicates too).
 * Alias expansion is capped so a few lines cannot expand into millions of nodes.
 */
public final class YamlTree {
  private static final int MAX_ALIASES = 20;

  private YamlTree() {}

  /** The document's root node, or empty when the text holds no document (empty or only comments). */
  public static Optional<YamlNode> parse(String text) throws YamlSyntaxException {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(MAX_ALIASES);
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      throw syntaxError(e);
    } catch (YAMLException e) {
      throw new YamlSyntaxException(0, 0, firstLine(e.getMessage()));
    }
    if (root == null) {
      return Optional.empty();
    }
    return Optional.of(new Converter().convert(root));
  }

  private static YamlSyntaxException syntaxError(MarkedYAMLException e) {
    // Only the short problem and context texts: getMessage() would quote the source line.
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
    String message = e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
    return mark == null
        ? new YamlSyntaxException(0, 0, message)
        : new YamlSyntaxException(mark.getLine() + 1, mark.getColumn() + 1, message);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed YAML";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Converts SnakeYAML nodes; tracks the nodes on the current path to detect recursive aliases. */
  private static final class Converter {
    private final Set<Node> path = Collections.newSetFromMap(new IdentityHashMap<>());

    YamlNode convert(Node node) throws YamlSyntaxException {
      if (!path.add(node)) {
        throw error(node, "an alias refers to a node that contains it (recursive alias)");
      }
      try {
        if (node instanceof MappingNode mapping) {
          return mapping(mapping);
        }
        if (node instanceof SequenceNode sequence) {
          List<YamlNode> items = new ArrayList<>();
          for (Node item : sequence.getValue()) {
            items.add(convert(item));
          }
          return new YamlNode.Sequence(line(node), items);
        }
        ScalarNode scalar = (ScalarNode) node;
        return new YamlNode.Scalar(line(node), scalar.getValue(), scalarType(scalar.getTag()));
      } finally {
        path.remove(node);
      }
    }

    private YamlNode.Mapping mapping(MappingNode node) throws YamlSyntaxException {
      Map<String, YamlNode.Entry> own = new LinkedHashMap<>();
      List<YamlNode.Entry> merged = new ArrayList<>();
      for (NodeTuple tuple : node.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (Tag.MERGE.equals(keyNode.getTag())) {
          merged.addAll(mergedEntries(tuple.getValueNode()));
          continue;
        }
        if (!(keyNode instanceof ScalarNode key)) {
          throw error(keyNode, "a key must be a plain name, not a mapping or a list");
        }
        YamlNode.Entry previous = own.get(key.getValue());
        if (previous != null) {
          throw error(keyNode, "duplicate key '" + key.getValue() + "' (first written on line "
              + previous.keyLine() + ")");
        }
        own.put(key.getValue(), new YamlNode.Entry(key.getValue(), line(keyNode), convert(tuple.getValueNode())));
      }
      List<YamlNode.Entry> entries = new ArrayList<>(own.values());
      for (YamlNode.Entry entry : merged) {
        if (!own.containsKey(entry.key())) {
          own.put(entry.key(), entry);
          entries.add(entry);
        }
      }
      return new YamlNode.Mapping(line(node), entries);
    }

    /** {@code <<: *a} or {@code <<: [*a, *b]}: earlier mappings win, as the YAML merge-key spec says. */
    private List<YamlNode.Entry> mergedEntries(Node value) throws YamlSyntaxException {
      List<YamlNode.Entry> entries = new ArrayList<>();
      List<Node> sources = value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
      for (Node source : sources) {
        YamlNode converted = convert(source);
        if (!(converted instanceof YamlNode.Mapping mapping)) {
          throw error(source, "a merge key (<<) takes a mapping or a list of mappings");
        }
        entries.addAll(mapping.entries());
      }
      return entries;
    }

    private static YamlSyntaxException error(Node node, String message) {
      Mark mark = node.getStartMark();
      return new YamlSyntaxException(mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    private static int line(Node node) {
      return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static YamlNode.ScalarType scalarType(Tag tag) {
      if (Tag.NULL.equals(tag)) {
        return YamlNode.ScalarType.NULL;
      }
      if (Tag.BOOL.equals(tag)) {
        return YamlNode.ScalarType.BOOLEAN;
      }
      if (Tag.INT.equals(tag)) {
        return YamlNode.ScalarType.INTEGER;
      }
      if (Tag.FLOAT.equals(tag)) {
        return YamlNode.ScalarType.FLOAT;
      }
      return YamlNode.ScalarType.STRING;
    }
  }
}
