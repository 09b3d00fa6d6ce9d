package de.fahrplan.shared.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms are small classes with public fields (no getter boilerplate); blank inputs become null so
 * that "not given" is one state, not two.
 */
@ControllerAdvice
class FormBindingAdvice {

  @InitBinder
  void init(WebDataBinder binder) {
    binder.initDirectFieldAccess();
    binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
  }
}
