package de.fahrplan.shared.web;

import java.lang.reflect.RecordComponent;
import org.springframework.ui.Model;

/** Read models of pages go to the template as they are: one model attribute per component. */
public final class Pages {

  private Pages() {}

  public static void add(Model model, Record view) {
    for (RecordComponent c : view.getClass().getRecordComponents()) {
      try {
        model.addAttribute(c.getName(), c.getAccessor().invoke(view));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c, e);
      }
    }
  }
}
