package de.fahrplan.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose form came back with errors says so first in its title („Fehler: …“, WCAG 3.3.1): the
 * title is what a screen reader reads when the page opens, before the error summary (which app.js
 * then focuses). The layout asks for {@link #ATTRIBUTE}.
 */
public final class FormErrorTitle implements HandlerInterceptor {

  static final String ATTRIBUTE = "formErrors";

  /** For a page that shows an error without a form's binding result (the failed sign-in). */
  public static void mark(org.springframework.ui.Model model) {
    model.addAttribute(ATTRIBUTE, true);
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page != null
        && page.getModel().values().stream()
            .anyMatch(value -> value instanceof BindingResult result && result.hasErrors())) {
      page.addObject(ATTRIBUTE, true);
    }
  }
}
