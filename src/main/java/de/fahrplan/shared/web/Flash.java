package de.fahrplan.shared.web;

import de.fahrplan.shared.ConcurrentEditException;
import de.fahrplan.shared.InvalidInputException;
import java.util.function.Consumer;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Buttons that do one thing and go back to a page, which then says how it went. */
public final class Flash {

  private Flash() {}

  /**
   * Runs the action and redirects to {@code target}: with the message {@code done}, or with the
   * problem (the first rule broken, or that someone else changed the object meanwhile).
   */
  public static String after(
      String target, RedirectAttributes redirect, Runnable action, String done) {
    return after(target, target, redirect, action, done);
  }

  /**
   * Like {@link #after(String, RedirectAttributes, Runnable, String)}, for actions after which the
   * page shown so far is gone (a deletion): to {@code target} when it went through, back to {@code
   * back} with the problem when it did not.
   */
  public static String after(
      String target, String back, RedirectAttributes redirect, Runnable action, String done) {
    if (attempt(action, problem -> redirect.addFlashAttribute("flashError", problem))) {
      redirect.addFlashAttribute("flash", done);
      return "redirect:" + target;
    }
    return "redirect:" + back;
  }

  /**
   * Runs the action; the first rule it breaks, or that someone else changed the object after the
   * page was opened, goes to {@code problem} (for pages that show it elsewhere than in the flash).
   * Returns whether the action went through.
   */
  public static boolean attempt(
      Runnable action, Consumer<InvalidInputException.Violation> problem) {
    try {
      action.run();
      return true;
    } catch (InvalidInputException e) {
      problem.accept(e.violations().get(0));
    } catch (ConcurrentEditException e) {
      problem.accept(new InvalidInputException.Violation(null, "flash.conflict"));
    }
    return false;
  }
}
