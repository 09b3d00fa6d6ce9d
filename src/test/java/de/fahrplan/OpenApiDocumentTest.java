package de.fahrplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.fahrplan.support.FahrplanTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document equals the committed docs/openapi.json, so an API change is always a
 * visible change of the contract. Regenerate with -Dfahrplan.openapi.write=true.
 */
@FahrplanTest
class OpenApiDocumentTest {

  static final Path COMMITTED = Path.of("docs/openapi.json");

  @Autowired MockMvc mvc;

  @Test
  void servedDocumentMatchesTheCommittedOne() throws Exception {
    JsonMapper json =
        JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .configure(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .build();
    String served =
        mvc.perform(get("/v3/api-docs"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    JsonNode tree = json.readTree(served);
    ((ObjectNode) tree).remove("servers");
    String canonical =
        json.writeValueAsString(json.treeToValue(tree, java.util.TreeMap.class)) + "\n";
    if (Boolean.getBoolean("fahrplan.openapi.write")) {
      Files.writeString(COMMITTED, canonical);
    }
    assertThat(COMMITTED).exists();
    assertThat(canonical)
        .as(
            "docs/openapi.json is out of date: run ./mvnw test -Dtest=OpenApiDocumentTest -Dfahrplan.openapi.write=true")
        .isEqualTo(Files.readString(COMMITTED));
  }
}
