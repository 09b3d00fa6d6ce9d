package de.fahrplan.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session store as Spring Session's filter uses it on a page: the session is read once per
 * request, and what a request saved never stands in for the store in a later request.
 */
class CoarseLastAccessTest {

  /** A store that keeps copies (as the database does) and counts its reads. */
  static final class CountingStore extends MapSessionRepository {
    int reads;

    CountingStore() {
      super(new HashMap<>());
    }

    @Override
    public MapSession findById(String id) {
      reads++;
      return super.findById(id);
    }
  }

  final CountingStore store = new CountingStore();
  final SessionRepositoryFilter<CoarseLastAccess.Coarse> sessions =
      new SessionRepositoryFilter<>(new CoarseLastAccess(store));

  @Test
  void aPageReadsItsSessionOnceNotAgainAfterSavingIt() throws Exception {
    MapSession stored = store.createSession();
    stored.setAttribute("user", "koordination");
    store.save(stored);
    store.reads = 0;

    Object[] seen = new Object[1];
    page(stored.getId(), request -> seen[0] = request.getSession().getAttribute("user"));

    assertThat(seen[0]).isEqualTo("koordination");
    // Spring Session's filter alone reads it twice: at the start and again after the second save
    assertThat(store.reads).as("reads of the session for one page").isEqualTo(1);
  }

  @Test
  void aSessionSavedByOneRequestIsReadFromTheStoreByTheNext() throws Exception {
    // a first request without a cookie creates a session: saved, not looked up again
    MockHttpServletResponse first = new MockHttpServletResponse();
    chain(request -> request.getSession().setAttribute("n", 1))
        .doFilter(new MockHttpServletRequest("GET", "/"), first);
    String id = new String(Base64.getDecoder().decode(first.getCookie("SESSION").getValue()));

    // meanwhile another node changes it in the store
    MapSession elsewhere = store.findById(id);
    elsewhere.setAttribute("n", 2);
    store.save(elsewhere);

    Object[] seen = new Object[1];
    page(id, request -> seen[0] = request.getSession().getAttribute("n"));
    assertThat(seen[0]).as("what the store holds, not what the first request saved").isEqualTo(2);
  }

  private void page(String sessionId, Consumer<HttpServletRequest> servlet) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
    request.setCookies(
        new Cookie(
            "SESSION",
            Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
    chain(servlet).doFilter(request, new MockHttpServletResponse());
  }

  /** A page behind the request scope and the session filter, as the application registers them. */
  private FilterChain chain(Consumer<HttpServletRequest> page) {
    HttpServlet servlet =
        new HttpServlet() {
          @Override
          protected void service(HttpServletRequest request, HttpServletResponse response)
              throws IOException {
            page.accept(request);
            // a page longer than the response buffer: the session is saved when the response is
            // committed and once more when the request leaves the session filter
            response.flushBuffer();
          }
        };
    return new MockFilterChain(servlet, new CoarseLastAccess.RequestScope(), sessions);
  }
}
