package de.fahrplan.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.fahrplan.reporting.MilestoneReportInput;
import de.fahrplan.reporting.SpendingInput;
import de.fahrplan.reporting.StatusUpdateInput;
import de.fahrplan.reporting.TrafficLight;
import de.fahrplan.reporting.UpdateState;
import de.fahrplan.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow of a status update: draft → submitted → returned → submitted → accepted. */
class StatusUpdateTest {

  static final LocalDate TODAY = LocalDate.of(2026, 10, 10);

  /** Strategy 2024–2026; the measure plans money for 2025 and 2026; progress entered. */
  static final StatusUpdate.EditContext CTX =
      new StatusUpdate.EditContext(TODAY, 2024, 2026, Set.of(2025, 2026), false);

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
    StatusUpdate u = new StatusUpdate(1L, 2L, 3L, 4L, null, List.of());
    assertThat(u.state()).isEqualTo(UpdateState.DRAFT);
    assertThat(fields(() -> u.submit(Instant.EPOCH)))
        .contains("trafficLight:validation.required")
        .contains("progress:validation.required");
    u.edit(input(TrafficLight.CRITICAL, 20, "  "), CTX);
    assertThat(fields(() -> u.submit(Instant.EPOCH)))
        .isEqualTo("explanation:reporting.explanationRequired");
    u.edit(input(TrafficLight.CRITICAL, 20, "Lieferant insolvent"), CTX);
    u.submit(Instant.EPOCH);
    assertThat(u.state()).isEqualTo(UpdateState.SUBMITTED);
    assertThat(fields(() -> u.edit(input(TrafficLight.ON_TRACK, 30, null), CTX)))
        .isEqualTo("null:reporting.notEditable");
    assertThat(fields(() -> u.returnWith(" "))).isEqualTo("comment:reporting.commentRequired");
    u.returnWith("Bitte Termin für Ersatzbeschaffung nennen.");
    assertThat(u.state()).isEqualTo(UpdateState.RETURNED);
    assertThat(fields(u::accept)).isEqualTo("null:reporting.notSubmitted");
    u.edit(input(TrafficLight.CRITICAL, 25, "Ersatz ab März"), CTX);
    u.submit(Instant.EPOCH);
    u.accept();
    assertThat(u.state()).isEqualTo(UpdateState.ACCEPTED);
    assertThat(fields(() -> u.submit(Instant.EPOCH))).isEqualTo("null:reporting.notEditable");
  }

  @Test
  void onlyAtRiskAndCriticalNeedAnExplanation() {
    for (TrafficLight light : TrafficLight.values()) {
      StatusUpdate u = new StatusUpdate(1L, 2L, 3L, 4L, null, List.of());
      u.edit(input(light, 100, null), CTX);
      assertThat(fields(() -> u.submit(Instant.EPOCH)).isEmpty())
          .as(light.name())
          .isEqualTo(!light.needsExplanation());
    }
  }

  @Test
  void progressStaysBetweenZeroAndHundredAndANewTaskStartsFromThePreviousReport() {
    StatusUpdate u = new StatusUpdate(1L, 2L, 3L, 4L, null, List.of());
    assertThat(fields(() -> u.edit(input(TrafficLight.ON_TRACK, 101, null), CTX)))
        .isEqualTo("progress:reporting.progressRange");
    assertThat(fields(() -> u.edit(input(TrafficLight.ON_TRACK, -1, null), CTX)))
        .isEqualTo("progress:reporting.progressRange");
    u.edit(input(TrafficLight.AT_RISK, 40, "Personalengpass"), CTX);
    StatusUpdate next = new StatusUpdate(9L, 2L, 3L, 4L, u, List.of());
    var view = next.view("Q4/2026", LocalDate.of(2027, 1, 15), "M-1 – X", true, false, null);
    assertThat(view.trafficLight()).isEqualTo(TrafficLight.AT_RISK);
    assertThat(view.progress()).isEqualTo(40);
    assertThat(view.explanation()).isEqualTo("Personalengpass");
    assertThat(view.state()).isEqualTo(UpdateState.DRAFT);
  }

  static StatusUpdate withMilestones() {
    return new StatusUpdate(
        1L,
        2L,
        3L,
        4L,
        null,
        List.of(
            new StatusUpdate.PlannedMilestone(
                10L,
                "Ausschreibung",
                LocalDate.of(2026, 3, 1),
                true,
                LocalDate.of(2026, 3, 3),
                null,
                null),
            new StatusUpdate.PlannedMilestone(
                11L, "Zuschlag", LocalDate.of(2026, 6, 1), false, null, null, null),
            new StatusUpdate.PlannedMilestone(
                12L, "Go-live", LocalDate.of(2026, 12, 1), false, null, null, null)));
  }

  static MilestoneReportInput milestone(
      long id, boolean done, LocalDate actual, LocalDate moved, String reason) {
    MilestoneReportInput m = new MilestoneReportInput();
    m.milestoneId = id;
    m.done = done;
    m.actualDate = actual;
    m.newPlannedDate = moved;
    m.reason = reason;
    return m;
  }

  static SpendingInput spending(Integer year, String spent, String fte) {
    SpendingInput s = new SpendingInput();
    s.budgetYear = year;
    s.spent = spent == null ? null : new BigDecimal(spent);
    s.fteUsed = fte == null ? null : new BigDecimal(fte);
    return s;
  }

  @Test
  void milestoneReportsNeedADateWhenReachedAndAReasonWhenMoved() {
    StatusUpdate u = withMilestones();
    StatusUpdateInput in = input(TrafficLight.AT_RISK, 50, "Zuschlag verzögert");
    in.milestones =
        List.of(
            milestone(11L, true, null, null, null),
            milestone(12L, false, null, LocalDate.of(2027, 3, 1), " "),
            milestone(99L, false, null, null, null));
    assertThat(fields(() -> u.edit(in, CTX)))
        .contains("milestones[0].actualDate:milestone.doneNeedsDate")
        .contains("milestones[1].reason:reporting.reasonRequired")
        .contains("milestones[2].milestoneId:validation.unknownReference");
    in.milestones = List.of(milestone(11L, true, TODAY.plusDays(1), null, null));
    assertThat(fields(() -> u.edit(in, CTX)))
        .isEqualTo("milestones[0].actualDate:reporting.milestoneDateFuture");
    // a refused edit changed nothing
    assertThat(view(u).milestones().get(1).done()).isFalse();
    in.milestones =
        List.of(
            milestone(11L, true, LocalDate.of(2026, 6, 20), null, null),
            milestone(12L, false, null, LocalDate.of(2027, 3, 1), "Lieferverzug"));
    u.edit(in, CTX);
    var lines = view(u).milestones();
    assertThat(lines.get(1).done()).isTrue();
    assertThat(lines.get(2).dueDate()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(lines.get(2).reason()).isEqualTo("Lieferverzug");
    // the next period starts from the plan's state of the milestones (what accepted updates
    // reported), and from the texts of this one
    StatusUpdate next =
        new StatusUpdate(
            9L,
            2L,
            3L,
            4L,
            u,
            List.of(
                new StatusUpdate.PlannedMilestone(
                    12L,
                    "Go-live",
                    LocalDate.of(2026, 12, 1),
                    false,
                    null,
                    LocalDate.of(2027, 3, 1),
                    "Lieferverzug")));
    assertThat(view(next).milestones()).containsExactly(lines.get(2));
    assertThat(view(next).explanation()).isEqualTo("Zuschlag verzögert");
  }

  @Test
  void progressFromMilestonesIsTheShareReached() {
    StatusUpdate u = withMilestones();
    StatusUpdateInput in = input(TrafficLight.ON_TRACK, 5, null);
    in.milestones = List.of(milestone(11L, true, LocalDate.of(2026, 6, 2), null, null));
    u.edit(in, new StatusUpdate.EditContext(TODAY, 2024, 2026, Set.of(), true));
    assertThat(view(u).progress()).isEqualTo(67);
  }

  @Test
  void spendingPerYearIsCheckedAndFlaggedWithoutAPlan() {
    StatusUpdate u = withMilestones();
    StatusUpdateInput in = input(TrafficLight.ON_TRACK, 50, null);
    in.spending =
        new ArrayList<>(
            List.of(
                spending(2023, "10", null),
                spending(2025, "-1", "0.5"),
                spending(2026, "5", "100000"),
                spending(2026, "1", null)));
    assertThat(fields(() -> u.edit(in, CTX)))
        .contains("spending[0].budgetYear:resource.yearOutsidePeriod")
        .contains("spending[1].spent:resource.amount")
        .contains("spending[2].fteUsed:resource.amount")
        .contains("spending[3].budgetYear:resource.yearTaken");
    in.spending =
        List.of(
            spending(2024, "1200.5", "0.25"),
            spending(2025, "30000", "1"),
            spending(2026, null, null));
    u.edit(in, CTX);
    var lines = view(u).spending();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).unplanned()).isTrue();
    assertThat(lines.get(0).spent()).isEqualByComparingTo("1200.50");
    assertThat(lines.get(1).unplanned()).isFalse();
    assertThat(view(u).hasUnplannedSpending()).isTrue();
    // left out, spending stays as it is
    in.spending = null;
    u.edit(in, CTX);
    assertThat(view(u).spending()).hasSize(2);
  }

  @Test
  void aTaskOfAnOwnerWhoLeftGoesToTheLeadAndRemembersFromWhom() {
    StatusUpdate u = new StatusUpdate(1L, 2L, 3L, 4L, null, List.of());
    u.reassign(7L);
    u.reassign(8L);
    assertThat(view(u).assigneePersonId()).isEqualTo(8L);
    assertThat(view(u).reassignedFromPersonId()).isEqualTo(3L);
  }

  private static de.fahrplan.reporting.StatusUpdateView view(StatusUpdate u) {
    return u.view("Q3/2026", LocalDate.of(2026, 10, 15), "M-1 – X", true, false, null);
  }
}
