package de.fahrplan.reporting.web;

import de.fahrplan.reporting.Reminders;
import de.fahrplan.reporting.ReportingSchedules;
import de.fahrplan.reporting.RoundInput;
import de.fahrplan.reporting.RoundView;
import de.fahrplan.reporting.Rounds;
import de.fahrplan.reporting.ScheduleInput;
import de.fahrplan.reporting.ScheduleView;
import de.fahrplan.reporting.StatusUpdateInput;
import de.fahrplan.reporting.StatusUpdateView;
import de.fahrplan.reporting.StatusUpdates;
import de.fahrplan.reporting.SubmittedOnClose;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Berichtswesen",
    description = "Reporting schedule, rounds per period and the status updates of the measures")
class ReportingApi {

  /** The coordination's comment when returning an update. */
  record ReturnInput(String comment) {}

  private final ReportingSchedules schedules;
  private final Rounds rounds;
  private final StatusUpdates statusUpdates;
  private final Reminders reminders;

  ReportingApi(
      ReportingSchedules schedules,
      Rounds rounds,
      StatusUpdates statusUpdates,
      Reminders reminders) {
    this.schedules = schedules;
    this.rounds = rounds;
    this.statusUpdates = statusUpdates;
    this.reminders = reminders;
  }

  @GetMapping("/strategies/{id}/reporting-schedule")
  ScheduleView schedule(@PathVariable long id) {
    return schedules.schedule(id);
  }

  @PutMapping("/strategies/{id}/reporting-schedule")
  @Operation(summary = "Cadence (MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY) and days until due")
  ScheduleView setSchedule(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ScheduleInput input) {
    return schedules.setSchedule(id, ifMatch.version(), input);
  }

  @PostMapping("/reporting-rounds")
  @Operation(
      summary = "Open a round for a period of the version in force",
      description =
          "Every planned or running measure gets a status update (task) for its responsible"
              + " person, who is told by mail. period: label of the strategy's cadence, e.g."
              + " \"Q3/2026\"; without it, the last period that has ended.")
  ResponseEntity<RoundView> open(@RequestBody RoundInput input) {
    RoundView r = rounds.open(input);
    return ResponseEntity.created(URI.create("/api/v1/reporting-rounds/" + r.id())).body(r);
  }

  @GetMapping("/strategy-versions/{id}/reporting-rounds")
  PageResponse<RoundView> rounds(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(rounds.ofVersion(id), page, size);
  }

  @GetMapping("/reporting-rounds/{id}")
  RoundView round(@PathVariable long id) {
    return rounds.get(id);
  }

  @GetMapping("/reporting-rounds/{id}/status-updates")
  PageResponse<StatusUpdateView> updates(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(statusUpdates.inRound(id), page, size);
  }

  /** The introduction of a round's report. */
  record IntroInput(String reportIntro) {}

  @PutMapping("/reporting-rounds/{id}/report-intro")
  @Operation(
      summary =
          "The introduction of this round's progress report (blank: the strategy's standard text);"
              + " while the round is open")
  RoundView changeReportIntro(
      @PathVariable long id, IfMatch ifMatch, @RequestBody IntroInput input) {
    return rounds.changeReportIntro(id, ifMatch.version(), input.reportIntro());
  }

  @PostMapping("/reporting-rounds/{id}/close")
  @Operation(
      summary =
          "Close the round; its updates are locked. While updates are still submitted, say what"
              + " becomes of them (submitted=ACCEPT or LEAVE); without it the answer is 422 naming"
              + " them")
  RoundView close(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestParam(required = false) SubmittedOnClose submitted) {
    return rounds.close(id, ifMatch.version(), submitted);
  }

  /** How many people a reminder went to. */
  record Reminded(int reminded) {}

  @PostMapping("/reporting-rounds/{id}/reminders")
  @Operation(
      summary =
          "Remind every owner of an overdue update of the open round now (one mail per person,"
              + " at most once a day)")
  Reminded remind(@PathVariable long id) {
    return new Reminded(reminders.remindOverdue(id));
  }

  @GetMapping("/tasks")
  @Operation(summary = "The signed-in person's open status updates (Meine Aufgaben)")
  PageResponse<StatusUpdateView> tasks(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return PageResponse.of(statusUpdates.myTasks(), page, size);
  }

  @GetMapping("/status-updates/{id}")
  ResponseEntity<StatusUpdateView> update(@PathVariable long id) {
    return ResponseEntity.ok(statusUpdates.get(id));
  }

  @PutMapping("/status-updates/{id}")
  @Operation(summary = "Save the update (owner or coordination; draft or returned, round open)")
  ResponseEntity<StatusUpdateView> save(
      @PathVariable long id, IfMatch ifMatch, @RequestBody StatusUpdateInput input) {
    return ResponseEntity.ok(statusUpdates.save(id, ifMatch.version(), input));
  }

  @PostMapping("/status-updates/{id}/submit")
  @Operation(
      summary =
          "Submit: needs traffic light, progress and, unless ON_TRACK or COMPLETED, an explanation")
  ResponseEntity<StatusUpdateView> submit(@PathVariable long id, IfMatch ifMatch) {
    return ResponseEntity.ok(statusUpdates.submit(id, ifMatch.version()));
  }

  @PostMapping("/status-updates/{id}/accept")
  ResponseEntity<StatusUpdateView> accept(@PathVariable long id, IfMatch ifMatch) {
    return ResponseEntity.ok(statusUpdates.accept(id, ifMatch.version()));
  }

  @PostMapping("/status-updates/{id}/return")
  @Operation(summary = "Return a submitted update to its owner with a comment")
  ResponseEntity<StatusUpdateView> returnUpdate(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ReturnInput input) {
    return ResponseEntity.ok(statusUpdates.returnUpdate(id, ifMatch.version(), input.comment()));
  }

  @PostMapping("/status-updates/{id}/reopen")
  @Operation(
      summary =
          "Reopen one update of a closed round for a late change (back to its owner with the"
              + " reason); accepting it locks it again")
  ResponseEntity<StatusUpdateView> reopen(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ReturnInput input) {
    return ResponseEntity.ok(statusUpdates.reopen(id, ifMatch.version(), input.comment()));
  }
}
