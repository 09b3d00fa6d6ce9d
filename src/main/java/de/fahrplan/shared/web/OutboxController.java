package de.fahrplan.shared.web;

import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.mail.Mailer;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox: admins read their municipality's mails, operators all of them. */
@Controller
class OutboxController {

  private final Mailer mailer;

  OutboxController(Mailer mailer) {
    this.mailer = mailer;
  }

  @GetMapping("/outbox")
  @PreAuthorize("hasAnyRole('ADMIN','OPERATOR')")
  String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
    Long tenant = TenantContext.isOperator() ? null : TenantContext.requireTenantId();
    model.addAttribute("page", mailer.outbox(tenant, Paging.of(page, 50, Sort.unsorted())));
    model.addAttribute("base", "/outbox?");
    return "admin/outbox";
  }
}
