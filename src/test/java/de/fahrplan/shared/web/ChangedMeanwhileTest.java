package de.fahrplan.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import de.fahrplan.shared.ConcurrentEditException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A page action that meets someone else's change and has no form to show it on gets the „Inzwischen
 * geändert“ page (409) with the way back to the page it came from – not a 500 page that suggests
 * something broke.
 */
class ChangedMeanwhileTest {

  @Controller
  static class Buttons {
    @PostMapping("/stale")
    String stale() {
      throw new ConcurrentEditException("Measure", 3L);
    }

    @PostMapping("/race")
    String race() {
      throw new OptimisticLockingFailureException("lost the race");
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Buttons())
          .setControllerAdvice(new UiExceptionHandler(new StaticMessageSource()))
          .build();

  @Test
  void aButtonPressedOnAnOldPageSaysNothingWasDoneAndLeadsBack() throws Exception {
    for (String path : new String[] {"/stale", "/race"}) {
      mvc.perform(post(path).header(HttpHeaders.REFERER, "http://localhost/measures/4?tab=2#x"))
          .andExpect(status().isConflict())
          .andExpect(view().name("error/conflict"))
          .andExpect(model().attribute("again", "/measures/4?tab=2#x"));
    }
  }
}
