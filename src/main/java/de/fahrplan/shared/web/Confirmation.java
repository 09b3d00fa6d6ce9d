package de.fahrplan.shared.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What a confirmation page says: the question, what the action takes with it, why it cannot run
 * (then the page offers no button), the confirming button's label and the way back. Texts are
 * message keys with arguments; arguments are shown as they are, so amounts and dates come
 * formatted.
 *
 * @param backLabel the object's name, the breadcrumb before the question
 */
public record Confirmation(
    Text question,
    List<Text> consequences,
    List<Text> blockers,
    String button,
    String back,
    String backLabel) {

  /** A message key with its arguments. */
  public record Text(String key, Object... args) {}

  public Confirmation {
    consequences = List.copyOf(consequences);
    blockers = List.copyOf(blockers);
  }

  /** A question whose button is the given key ({@code form.delete} for deletions). */
  public static Confirmation of(
      String button, String back, String backLabel, String questionKey, Object... args) {
    return new Confirmation(
        new Text(questionKey, args), List.of(), List.of(), button, back, backLabel);
  }

  /** The same question, naming one more thing the action takes with it. */
  public Confirmation taking(String key, Object... args) {
    List<Text> more = new ArrayList<>(consequences);
    more.add(new Text(key, args));
    return new Confirmation(question, more, blockers, button, back, backLabel);
  }

  /** The same question, naming one reason the action cannot run. */
  public Confirmation refusing(String key, Object... args) {
    List<Text> more = new ArrayList<>(blockers);
    more.add(new Text(key, args));
    return new Confirmation(question, consequences, more, button, back, backLabel);
  }

  /** {@link #taking} when {@code count} is above zero. */
  public Confirmation takingIf(long count, String key, Object... args) {
    return count > 0 ? taking(key, args) : this;
  }
}
