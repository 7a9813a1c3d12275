package io.influxcheck.config.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

  @Test
  void keepsScalarTextAndLines() throws Exception {
    YamlNode.Mapping root = (YamlNode.Mapping) YamlTree.parse("""
        # comment
        id: 123456789012345678901
        version: 1.10
        quoted: "true"
        empty:
        """).orElseThrow();

    assertThat(root.line()).isEqualTo(2);
    assertThat(root.get("id")).get().isEqualTo(
        new YamlNode.Scalar(2, "123456789012345678901", YamlNode.ScalarType.INTEGER));
    assertThat(((YamlNode.Scalar) root.get("version").orElseThrow()).text()).isEqualTo("1.10");
    assertThat(((YamlNode.Scalar) root.get("quoted").orElseThrow()).type()).isEqualTo(YamlNode.ScalarType.STRING);
    assertThat(((YamlNode.Scalar) root.get("empty").orElseThrow()).isNull()).isTrue();
    assertThat(root.entry("empty").orElseThrow().keyLine()).isEqualTo(5);
  }

  @Test
  void emptyDocumentIsEmpty() throws Exception {
    assertThat(YamlTree.parse("# only a comment\n")).isEmpty();
  }

  @Test
  void appliesMergeKeysWithExplicitKeysWinning() throws Exception {
    YamlNode.Mapping root = (YamlNode.Mapping) YamlTree.parse("""
        base: &base {type: influxdb, url: http://a}
        entry:
          <<: *base
          url: http://b
        """).orElseThrow();

    YamlNode.Mapping entry = (YamlNode.Mapping) root.get("entry").orElseThrow();
    assertThat(entry.entries()).extracting(YamlNode.Entry::key).containsExactly("url", "type");
    assertThat(((YamlNode.Scalar) entry.get("url").orElseThrow()).text()).isEqualTo("http://b");
  }

  @Test
  void rejectsRecursiveAliasesAndAliasBombs() {
    assertThatExceptionOfType(YamlSyntaxException.class)
        .isThrownBy(() -> YamlTree.parse("a: &a [*a]\n"))
        .withMessageContaining("recursive alias");
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i < 30; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
          .append(i - 1).append("]\n");
    }
    assertThatExceptionOfType(YamlSyntaxException.class).isThrownBy(() -> YamlTree.parse(bomb.toString()))
        .withMessageContaining("aliases");
  }

  @Test
  void scalarToStringHidesItsText() throws Exception {
    YamlNode node = YamlTree.parse("token: canary-yaml-secret\n").orElseThrow();
    assertThat(node.toString()).doesNotContain("canary");
    assertThat(((YamlNode.Mapping) node).get("token").orElseThrow().toString()).doesNotContain("canary");
  }
}
