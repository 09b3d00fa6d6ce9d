package de.fahrplan.shared.persistence;

import static de.fahrplan.support.Demo.MUSTER_TOKEN;
import static de.fahrplan.support.Demo.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.fahrplan.support.FahrplanTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The list filters search the text as typed: „%“ and „_“ mean themselves, as in the global search
 * (before, „%“ or „_“ listed every measure, person, committee and paper).
 */
@FahrplanTest
class LikeTest {

  @Autowired MockMvc mvc;

  @Test
  void aPatternCharacterIsSearchedAsItself() {
    assertThat(Like.containing("  100 %_\\ ")).isEqualTo("%100 \\%\\_\\\\%");
    assertThat(Like.containing(" ")).isNull();
  }

  @Test
  void noListFindsEverythingForAPercentOrAnUnderscore() throws Exception {
    for (String list : new String[] {"measures", "persons", "organizations", "papers"}) {
      for (String q : new String[] {"%", "_"}) {
        mvc.perform(
                get("/api/v1/" + list)
                    .param("q", q)
                    .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(0));
      }
      // the demo holds none of the two; a word of every list is still found
      mvc.perform(
              get("/api/v1/" + list)
                  .param("q", "digital")
                  .header(HttpHeaders.AUTHORIZATION, bearer(MUSTER_TOKEN)))
          .andExpect(jsonPath("$.totalElements").value(Matchers.greaterThan(0)));
    }
  }
}
