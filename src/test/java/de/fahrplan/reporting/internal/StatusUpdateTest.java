package de.fahrplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.reporting.StatusUpdateInput;
import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.reporting.UpdateState;
import de.fahrplan.shared.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The workflow of a status update: draft → submitted → returned → submitted → accepted. */
class StatusUpdateTest {

  static StatusUpdateInput input(TrafficLight light, Integer progress, String explanation) {
    StatusUpdateInput in = new StatusUpdateInput();
    in.trafficLight = light;
    in.progress = progress;
    in.explanation = explanation;
    return in;
  }

  static String fields(Runnable action) {
    try {
      action.run();
      return "";
    } catch (InvalidInputException e) {
      return e.violations().stream()
          .map(v -> v.field() + ":" + v.code())
          .reduce((a, b) -> a + " " + b)
          .orElse("");
    }
  }

  @Test
  void aCompleteUpdateGoesThroughTheWorkflow() {
    StatusUpdate u = new StatusUpdate(1L, 2L, 3L, 4L, null);
    assertThat(u.state()).isEqualTo(UpdateState.DRAFT);
    assertThat(fields(() -> u.submit(Instant.EPOCH)))
        .contains("trafficLight:validation.required")
        .contains("progress:validation.required");
    u.edit(input(TrafficLight.CRITICAL, 20, "  "));
    assertThat(fields(() -> u.submit(Instant.EPOCH)))
        .isEqualTo("explanation:reporting.explanationRequired");
    u.edit(input(TrafficLight.CRITICAL, 20, "Lieferant insolvent"));
    u.submit(Instant.EPOCH);
    assertThat(u.state()).isEqualTo(UpdateState.SUBMITTED);
    assertThat(fields(() -> u.edit(input(TrafficLight.ON_TRACK, 30, null))))
        .isEqualTo("null:reporting.notEditable");
    assertThat(fields(() -> u.returnWith(" "))).isEqualTo("comment:reporting.commentRequired");
    u.returnWith("Bitte Termin für Ersatzbeschaffung nennen.");
    assertThat(u.state()).isEqualTo(UpdateState.RETURNED);
    assertThat(fields(u::accept)).isEqualTo("null:reporting.notSubmitted");
    u.edit(input(TrafficLight.CRITICAL, 25, "Ersatz ab März"));
    u.submit(Instant.EPOCH);
    u.accept();
    assertThat(u.state()).isEqualTo(UpdateState.ACCEPTED);
    assertThat(fields(() -> u.submit(Instant.EPOCH))).isEqualTo("null:reporting.notEditable");
  }

  @Test
  void onlyAtRiskAndCriticalNeedAnExplanation() {
    for (TrafficLight light : TrafficLight.values()) {
      StatusUpdate u = new StatusUpdate(1L, 2L, 3L, 4L, null);
      u.edit(input(light, 100, null));
      assertThat(fields(() -> u.submit(Instant.EPOCH)).isEmpty())
          .as(light.name())
          .isEqualTo(!light.needsExplanation());
    }
  }

  @Test
  void progressStaysBetweenZeroAndHundredAndANewTaskStartsFromThePreviousReport() {
    StatusUpdate u = new StatusUpdate(1L, 2L, 3L, 4L, null);
    assertThat(fields(() -> u.edit(input(TrafficLight.ON_TRACK, 101, null))))
        .isEqualTo("progress:reporting.progressRange");
    assertThat(fields(() -> u.edit(input(TrafficLight.ON_TRACK, -1, null))))
        .isEqualTo("progress:reporting.progressRange");
    u.edit(input(TrafficLight.AT_RISK, 40, "Personalengpass"));
    StatusUpdate next = new StatusUpdate(9L, 2L, 3L, 4L, u);
    var view = next.view("Q4/2026", java.time.LocalDate.of(2027, 1, 15), "M-1 – X", true);
    assertThat(view.trafficLight()).isEqualTo(TrafficLight.AT_RISK);
    assertThat(view.progress()).isEqualTo(40);
    assertThat(view.explanation()).isEqualTo("Personalengpass");
    assertThat(view.state()).isEqualTo(UpdateState.DRAFT);
  }
}
