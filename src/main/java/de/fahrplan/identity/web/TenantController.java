package de.fahrplan.identity.web;

import de.fahrplan.identity.FahrplanUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches the municipality the signed-in person works in (only to one where they hold a role). */
@Controller
class TenantController {

  private final SecurityContextRepository contexts;

  TenantController(SecurityContextRepository contexts) {
    this.contexts = contexts;
  }

  @PostMapping("/tenant")
  String switchTenant(
      @AuthenticationPrincipal FahrplanUser user,
      @RequestParam long tenantId,
      HttpServletRequest req,
      HttpServletResponse res) {
    if (user == null || !user.tenantIds().contains(tenantId)) {
      throw new de.fahrplan.shared.NotFoundException("tenant");
    }
    FahrplanUser switched = user.inTenant(tenantId);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            switched, null, switched.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, req, res);
    return "redirect:/";
  }
}
