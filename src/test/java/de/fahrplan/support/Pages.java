package de.fahrplan.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/** Pages as a signed-in user sees them. */
public final class Pages {

  private Pages() {}

  /** The page's HTML, expecting 200 OK. */
  public static String html(MockMvc mvc, String url, Authentication who) throws Exception {
    return mvc.perform(get(url).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The page's HTML in a language the reader chose ("de", "en"), expecting 200 OK. */
  public static String html(MockMvc mvc, String url, Authentication who, String language)
      throws Exception {
    return mvc.perform(
            get(url)
                .cookie(new jakarta.servlet.http.Cookie("fahrplan-lang", language))
                .with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
