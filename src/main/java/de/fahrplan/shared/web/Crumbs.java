package de.fahrplan.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Breadcrumbs for templates: {@code @crumbs.of('nav.home', '/', 'orgUnit.title', '')}. Labels are
 * message keys; a label that is no key (an object's name) is shown as it is.
 */
@Component("crumbs")
public class Crumbs {

  private final MessageSource messages;

  Crumbs(MessageSource messages) {
    this.messages = messages;
  }

  public List<Link> of(String... labelsAndHrefs) {
    List<Link> links = new ArrayList<>();
    for (int i = 0; i + 1 < labelsAndHrefs.length; i += 2) {
      String label = labelsAndHrefs[i];
      links.add(
          new Link(
              messages.getMessage(label, null, label, LocaleContextHolder.getLocale()),
              labelsAndHrefs[i + 1]));
    }
    return links;
  }
}
