package de.fahrplan.council;

import de.fahrplan.reporting.MandateSource;
import de.fahrplan.reporting.ReportSnapshot.MandateLine;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The progress report's section „Aufträge“: the mandates whose paper concerns the report's strategy
 * ({@link MandateSchedules#strategyOf}) that are open, overdue or were fulfilled in the period, in
 * the state the mandate list shows – overdue first, then by due date.
 */
@Component
class ReportMandates implements MandateSource {

  private final Mandates mandates;
  private final Papers papers;
  private final MandateSchedules schedules;
  private final MessageSource messages;

  ReportMandates(
      Mandates mandates, Papers papers, MandateSchedules schedules, MessageSource messages) {
    this.mandates = mandates;
    this.papers = papers;
    this.schedules = schedules;
    this.messages = messages;
  }

  @Override
  public List<MandateLine> mandatesOf(long strategyId, LocalDate since) {
    Map<Long, Optional<Long>> strategyOfPaper = new HashMap<>();
    return mandates.search(null, null, Pageable.unpaged()).getContent().stream()
        .filter(
            m ->
                strategyOfPaper
                    .computeIfAbsent(m.paperId(), p -> schedules.strategyOf(papers.get(p)))
                    .map(s -> s == strategyId)
                    .orElse(false))
        .filter(m -> m.state() != MandateState.FULFILLED || !m.fulfilledOn().isBefore(since))
        .sorted(
            Comparator.comparing((MandateView m) -> m.state() != MandateState.OVERDUE)
                .thenComparing(MandateView::dueDate))
        .map(
            m ->
                new MandateLine(
                    m.description(),
                    m.paperReference(),
                    m.addresseeUnit(),
                    m.committee(),
                    m.dueDate(),
                    messages.getMessage("mandateState." + m.state(), null, Locale.GERMAN),
                    m.fulfilledOn()))
        .toList();
  }
}
