package de.fahrplan.identity.web;

import de.fahrplan.identity.ApiTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer fp_…} on the API; a bad token gets 401 at once. */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;

  ApiTokenFilter(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String header = req.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var user = tokens.authenticate(header.substring(7).trim());
      if (user.isEmpty()) {
        unauthorized(res);
        return;
      }
      var auth =
          UsernamePasswordAuthenticationToken.authenticated(
              user.get(), null, user.get().getAuthorities());
      SecurityContextHolder.getContext().setAuthentication(auth);
    }
    chain.doFilter(req, res);
  }

  static void unauthorized(HttpServletResponse res) throws IOException {
    res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    res.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fahrplan\"");
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter()
        .write(
            "{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"Gültiges API-Token erforderlich (Authorization: Bearer …).\"}");
  }
}
