package de.fahrplan.identity.web;

import de.fahrplan.identity.ApiTokens;
import de.fahrplan.shared.web.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/** Authenticates {@code Authorization: Bearer fp_…} on the API; a bad token gets 401 at once. */
class ApiTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final MessageSource messages;
  private final LocaleResolver locales;

  ApiTokenFilter(ApiTokens tokens, MessageSource messages, LocaleResolver locales) {
    this.tokens = tokens;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    String header = req.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      var user = tokens.authenticate(header.substring(7).trim());
      if (user.isEmpty()) {
        unauthorized(req, res);
        return;
      }
      var auth =
          UsernamePasswordAuthenticationToken.authenticated(
              user.get(), null, user.get().getAuthorities());
      SecurityContextHolder.getContext().setAuthentication(auth);
    }
    chain.doFilter(req, res);
  }

  /** No token, or one that is not valid (any more): 401 in the caller's language. */
  void unauthorized(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"fahrplan\"");
    ApiProblems.write(req, res, HttpStatus.UNAUTHORIZED, "error.api.401", messages, locales);
  }

  /** A role the token's account lacks: 403 in the caller's language. */
  void forbidden(HttpServletRequest req, HttpServletResponse res) throws IOException {
    ApiProblems.write(req, res, HttpStatus.FORBIDDEN, "error.api.403", messages, locales);
  }
}
