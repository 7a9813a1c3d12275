package io.influxcheck.lab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.influxcheck.core.diagnosis.FindingCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's scenario table is the catalogue: a scenario added or changed without the README fails here. */
class ReadmeCatalogueTest {
  @Test
  void theReadmeListsEveryScenarioAsTheCatalogueDefinesIt() throws Exception {
    Path readme = Path.of("..", "README.md");
    String text = Files.readString(readme);
    String lab = text.substring(text.indexOf("<!-- section: lab -->"), text.indexOf("<!-- /section: lab -->"));
    String table = table();
    assertThat(lab).as("README.md section lab should contain this table:%n%s", table).contains(table);
  }

  static String table() {
    StringBuilder out = new StringBuilder("| scenario | server | what is wrong | verdict, expected codes |\n|---|---|---|---|\n");
    for (Scenario s : ScenarioCatalogue.all()) {
      String codes = s.expectedCodes().stream().sorted().map(FindingCode::name).map(c -> "`" + c + "`").collect(Collectors.joining(", "));
      out.append("| `").append(s.name()).append("` | ").append(s.server().label()).append(" | ").append(s.summary().replace("|", "\\|"))
          .append(" | ").append(s.expectedVerdict()).append(": ").append(codes).append(" |\n");
    }
    return out.toString();
  }
}
