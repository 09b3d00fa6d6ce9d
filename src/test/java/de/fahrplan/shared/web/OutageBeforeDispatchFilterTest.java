package de.fahrplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An outage before the dispatcher becomes the error pages' 503; any other failure stays one. */
class OutageBeforeDispatchFilterTest {

  private final OutageBeforeDispatchFilter filter = new OutageBeforeDispatchFilter();
  private final MockHttpServletRequest request =
      new MockHttpServletRequest("GET", "/api/v1/measures");
  private final MockHttpServletResponse response = new MockHttpServletResponse();

  @Test
  void noConnectionWhileTheTokenIsCheckedIsA503ForTheErrorPages() throws Exception {
    var outage =
        new CannotGetJdbcConnectionException(
            "Failed to obtain JDBC Connection",
            new SQLTransientConnectionException("Connection is not available"));
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          throw outage;
        });
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)).isSameAs(outage);
  }

  @Test
  void aBugIsNoOutageAndGoesOnAsItWas() {
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    request,
                    response,
                    (req, res) -> {
                      throw new IllegalStateException("a bug");
                    }))
        .hasMessage("a bug");
    assertThat(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)).isNull();
  }
}
