package de.fahrplan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

/** In prod the session cookie is Secure even when the proxy talks plain HTTP to the application. */
class SessionCookieTest {

  private static String cookie(boolean secureProperty, boolean httpsRequest) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setSecure(httpsRequest);
    MockHttpServletResponse response = new MockHttpServletResponse();
    SecurityConfig.sessionCookie(secureProperty)
        .writeCookieValue(new CookieValue(request, response, "abc"));
    return response.getHeader("Set-Cookie");
  }

  @Test
  void secureInProdEvenOverPlainHttp() {
    assertThat(cookie(true, false))
        .contains("Secure")
        .contains("HttpOnly")
        .contains("SameSite=Lax");
  }

  @Test
  void elsewhereSecureOnlyOverHttps() {
    assertThat(cookie(false, false)).doesNotContain("Secure");
    assertThat(cookie(false, true)).contains("Secure");
  }
}
