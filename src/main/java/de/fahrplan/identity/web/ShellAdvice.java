package de.fahrplan.identity.web;

import de.fahrplan.identity.FahrplanUser;
import de.fahrplan.organisation.Bodies;
import de.fahrplan.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** The page shell's data (header, municipality switch, navigation) for every page. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

  /** What the header and navigation show. */
  record Shell(
      long accountId,
      String displayName,
      Long currentTenantId,
      String currentTenantName,
      List<TenantChoice> tenants,
      boolean admin,
      boolean coordinating,
      boolean member,
      boolean operator,
      String section,
      int sessionSeconds) {}

  record TenantChoice(Long id, String name) {}

  private final Bodies bodies;

  ShellAdvice(Bodies bodies) {
    this.bodies = bodies;
  }

  @ModelAttribute("shell")
  Shell shell(@AuthenticationPrincipal Object principal, HttpServletRequest request) {
    if (!(principal instanceof FahrplanUser user) || !mayRenderPage(request)) {
      return null;
    }
    Map<Long, String> names = bodies.names(user.tenantIds());
    List<TenantChoice> tenants =
        names.entrySet().stream()
            .map(e -> new TenantChoice(e.getKey(), e.getValue()))
            .sorted(Comparator.comparing(TenantChoice::name))
            .toList();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String section = section(path.split("/"));
    return new Shell(
        user.accountId(),
        user.displayName(),
        user.currentTenantId(),
        user.currentTenantId() == null ? null : names.get(user.currentTenantId()),
        tenants,
        user.has(Role.ADMIN),
        user.has(Role.ADMIN) || user.has(Role.COORDINATION),
        !user.roles().isEmpty(),
        user.operator(),
        section,
        sessionSeconds(request));
  }

  /**
   * How long the signed-in session lasts without a request (seconds; 0 for a request without one):
   * the page warns before it ends ({@code app.js}, WCAG 2.2.1).
   */
  private static int sessionSeconds(HttpServletRequest request) {
    var session = request.getSession(false);
    return session == null ? 0 : Math.max(0, session.getMaxInactiveInterval());
  }

  /**
   * Whether the request's handler may render a page. This advice applies to every
   * {@code @Controller}, and a {@code @RestController} is one: without this, every API call and
   * download read the municipalities' names for a header it does not have (a transaction of its
   * own). A handler that writes its own body – {@code @ResponseBody} or an {@code HttpEntity} – has
   * no page.
   */
  static boolean mayRenderPage(HttpServletRequest request) {
    if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
        instanceof HandlerMethod handler)) {
      return true;
    }
    return !handler.hasMethodAnnotation(ResponseBody.class)
        && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
        && !HttpEntity.class.isAssignableFrom(handler.getReturnType().getParameterType());
  }

  /**
   * The menu item a page belongs to – the one its breadcrumb starts with: a version's plan,
   * roadmap, matrix and money belong to the Maßnahmenplan, its Lagebild to the Lagebild, the rest
   * of a version (goals, indicators, rounds, reports) to the Strategie.
   */
  static String section(String[] parts) {
    String first = parts.length > 1 ? parts[1] : "";
    String sub = parts.length > 3 ? parts[3] : "";
    return switch (first) {
      case "" -> "home";
      case "strategy-versions" ->
          switch (sub) {
            case "plan", "roadmap", "priority-matrix", "resources", "measures", "measure-import" ->
                "plan";
            case "dashboard" -> "dashboard";
            default -> "strategies";
          };
      case "measures", "milestones", "resource-entries" -> "plan";
      case "goals",
          "fields-of-action",
          "indicators",
          "concept-links",
          "reporting-rounds",
          "progress-reports" ->
          "strategies";
      case "status-updates" -> "tasks";
      default -> first;
    };
  }
}
