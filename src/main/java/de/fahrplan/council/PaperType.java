package de.fahrplan.council;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paper type of the municipality (Beschlussvorlage, Mitteilungsvorlage, …): its name, the short
 * code a number pattern's {@code {type}} stands for, whether it asks for a decision (then a paper
 * without a deciding consultation is warned), and the usual Beratungsfolge a paper of the type
 * starts from (committees by name or short name; the last one decides a decision type, every one
 * takes note of another type).
 */
public record PaperType(String name, String code, boolean decision, List<SequenceStep> sequence) {

  /** One committee of the usual Beratungsfolge, in a public session or not ("(N)"). */
  public record SequenceStep(String committee, boolean publicSession) {

    @Override
    public String toString() {
      return committee + (publicSession ? "" : " (N)");
    }
  }

  public PaperType(String name, String code, boolean decision) {
    this(name, code, decision, List.of());
  }

  /** "Senat (N) → HA → Bürgerschaft", or empty. */
  public String sequenceText() {
    return sequence.stream().map(SequenceStep::toString).collect(Collectors.joining(" → "));
  }

  /**
   * "Beschlussvorlage; BV; Beschluss; Senat (N) → HA → Bürgerschaft" – one line of the settings.
   */
  public String line() {
    return name
        + "; "
        + code
        + (decision ? "; Beschluss" : "")
        + (sequence.isEmpty() ? "" : "; " + sequenceText());
  }

  /** The role of the step at {@code index}: the last one decides a decision type. */
  public ConsultationRole roleAt(int index) {
    if (!decision) {
      return ConsultationRole.NOTICE;
    }
    return index == sequence.size() - 1 ? ConsultationRole.DECISION : ConsultationRole.PRELIMINARY;
  }
}
