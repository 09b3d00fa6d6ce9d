package de.fahrplan.shared.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Renders one of the error pages from a servlet filter, where no controller and no view run. */
final class FilterPages {

  private FilterPages() {}

  static void render(
      ServletContext servlet,
      SpringTemplateEngine templates,
      LocaleResolver locales,
      String view,
      Map<String, Object> variables,
      HttpServletRequest req,
      HttpServletResponse res)
      throws IOException {
    res.setCharacterEncoding("UTF-8");
    res.setContentType("text/html;charset=UTF-8");
    var exchange = JakartaServletWebApplication.buildApplication(servlet).buildExchange(req, res);
    templates.process(
        view, new WebContext(exchange, locales.resolveLocale(req), variables), res.getWriter());
  }
}
