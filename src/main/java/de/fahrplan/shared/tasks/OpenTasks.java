package de.fahrplan.shared.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * Tasks of the signed-in person that other modules than reporting keep (a statement to write, a
 * paper to sign). "Meine Aufgaben" lists them beside the status updates, without knowing the
 * modules that provide them.
 */
public interface OpenTasks {

  /** One task: what to do (a message key and its argument), where, and by when (may be null). */
  record Task(String labelCode, String argument, String href, LocalDate due) {}

  List<Task> openTasks();
}
