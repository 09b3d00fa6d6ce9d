package de.fahrplan.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page action that cannot be undone (delete, close, adopt): a POST without {@code confirmed=true}
 * does nothing but answer a confirmation page that says what the action takes with it and posts the
 * same form again, confirmed. Works without JavaScript, and a stray second click after a redirect
 * lands on the question, not on the action.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConfirmFirst {

  /** The bean that describes the action for the object in the request's path. */
  Class<? extends Confirmable> value();
}
