package de.fahrplan.identity.web;

import de.fahrplan.identity.Accounts;
import de.fahrplan.identity.ApiTokens;
import de.fahrplan.shared.TenantContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the REST API (stateless, personal bearer tokens, no cookies, so no CSRF) and
 * the pages (session in the database, form login and OpenID Connect side by side, CSRF, strict
 * CSP). Roles are checked on every service method ({@code @AdminOnly}, {@code @MemberOnly}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 8 * 60 * 60)
class SecurityConfig {

  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String LOGIN_EMAIL = "fahrplan.loginEmail";

  /**
   * The session cookie as the properties say – Spring Session writes its own cookie and ignored
   * {@code server.servlet.session.cookie.secure}: in {@code prod} it is Secure always (behind a TLS
   * proxy the application may see plain HTTP), elsewhere when the request came over HTTPS.
   */
  @Bean
  static org.springframework.session.web.http.CookieSerializer sessionCookie(
      @org.springframework.beans.factory.annotation.Value(
              "${server.servlet.session.cookie.secure:false}")
          boolean secure) {
    var cookie = new org.springframework.session.web.http.DefaultCookieSerializer();
    cookie.setUseHttpOnlyCookie(true);
    cookie.setSameSite("Lax");
    if (secure) {
      cookie.setUseSecureCookie(true);
    }
    return cookie;
  }

  /**
   * Spring Security's own observations are off: a timer per filter of the chain and per checked
   * service method cost about 7 % of a page's CPU (docs/performance.md); the request metrics
   * ({@code http.server.requests}) stay.
   */
  @Bean
  static SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(Accounts accounts) {
    return email -> {
      // the attempt counts before the password is checked (lock-out under parallel attempts)
      accounts.claimLoginAttempt(email);
      return accounts
          .userForLogin(email)
          .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    };
  }

  /**
   * Sessions use plain JDBC transactions, not JPA: a JPA session would ask for the tenant, which
   * needs the security context, which is stored in the session.
   */
  @Bean
  TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
    return new TransactionTemplate(new JdbcTransactionManager(dataSource));
  }

  /** The store the session filter uses: the JDBC store, last access written once a minute. */
  @Bean
  @org.springframework.context.annotation.Primary
  CoarseLastAccess coarseLastAccess(
      org.springframework.session.jdbc.JdbcIndexedSessionRepository sessions) {
    return new CoarseLastAccess(sessions);
  }

  /**
   * Around the session filter: what the store keeps for the filter's look-up ends with the request.
   */
  @Bean
  FilterRegistrationBean<CoarseLastAccess.RequestScope> sessionLookupScope() {
    var registration = new FilterRegistrationBean<>(new CoarseLastAccess.RequestScope());
    registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    return registration;
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  /**
   * OParl (docs/oparl.md): anyone may read, nobody may write; no session, no cookie, readable from
   * every origin (portals fetch it from the browser).
   */
  @Bean
  @Order(0)
  SecurityFilterChain oparl(HttpSecurity http) throws Exception {
    http.securityMatcher("/oparl/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.GET, "/oparl/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/oparl/**")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .headers(
            h ->
                h.contentSecurityPolicy(
                        c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                    .addHeaderWriter(new StaticHeadersWriter("Access-Control-Allow-Origin", "*")));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http, ApiTokens tokens, MessageSource messages, LocaleResolver locales)
      throws Exception {
    ApiTokenFilter bearer = new ApiTokenFilter(tokens, messages, locales);
    http.securityMatcher("/api/**")
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .addFilterBefore(bearer, AuthorizationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint((req, res, ex) -> bearer.unauthorized(req, res))
                    .accessDeniedHandler((req, res, ex) -> bearer.forbidden(req, res)))
        .headers(
            h ->
                h.contentSecurityPolicy(
                    c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain web(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> oidcClients,
      OidcLoginSuccessHandler oidcSuccess,
      Accounts accounts,
      SecurityContextRepository contexts)
      throws Exception {
    http.securityContext(c -> c.securityContextRepository(contexts))
        // a tampered token is an invalid token (403), never a decoding error (500)
        .csrf(c -> c.csrfTokenRequestHandler(new TamperProofCsrfHandler()))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/password/**",
                        "/vendor/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/favicon.svg",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/v3/api-docs",
                        "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("OPERATOR")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (req, res, ex) -> {
                          String email = req.getParameter("email");
                          req.getSession().setAttribute(LOGIN_EMAIL, email == null ? "" : email);
                          // one answer for a wrong password, an unknown and a locked account:
                          // the page must not tell which accounts exist
                          res.sendRedirect(req.getContextPath() + "/login?error");
                        }))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .exceptionHandling(e -> e.accessDeniedHandler(SecurityConfig::refusedPage))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(f -> f.deny()));
    if (oidcClients.getIfAvailable() != null) {
      http.oauth2Login(o -> o.loginPage("/login").successHandler(oidcSuccess));
    }
    return http.build();
  }

  /**
   * A page request refused. A form sent after the sign-in expired (its token belonged to the ended
   * session) goes to the login page, which says so; everything else gets the 403 page – for a stale
   * form of a signed-in user the one that says the form is out of date (ErrorPages).
   */
  static void refusedPage(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException, ServletException {
    // no one signed in: the session the form's token belonged to has ended
    if (refused instanceof CsrfException && TenantContext.principal().isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/login?expired");
      return;
    }
    // the error page tells a stale form from a missing role by what was refused
    request.setAttribute(WebAttributes.ACCESS_DENIED_403, refused);
    response.sendError(HttpServletResponse.SC_FORBIDDEN);
  }

  /** The default (BREACH-safe, XOR-masked) token handler, answering "no token" to garbage. */
  static final class TamperProofCsrfHandler
      implements org.springframework.security.web.csrf.CsrfTokenRequestHandler {

    private final org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler xor =
        new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(
        jakarta.servlet.http.HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response,
        java.util.function.Supplier<org.springframework.security.web.csrf.CsrfToken> token) {
      xor.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(
        jakarta.servlet.http.HttpServletRequest request,
        org.springframework.security.web.csrf.CsrfToken csrfToken) {
      try {
        return xor.resolveCsrfTokenValue(request, csrfToken);
      } catch (RuntimeException garbage) {
        return null;
      }
    }
  }
}
