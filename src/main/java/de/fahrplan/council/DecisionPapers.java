package de.fahrplan.council;

import static de.fahrplan.documents.GermanText.hasCents;
import static de.fahrplan.documents.GermanText.staff;
import static de.fahrplan.documents.GermanText.wholeEuro;
import static de.fahrplan.documents.GermanText.wholeEuroCaption;

import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.plan.MeasureView;
import de.fahrplan.plan.Measures;
import de.fahrplan.plan.ResourceView;
import de.fahrplan.plan.Resources;
import de.fahrplan.reporting.StatusUpdateView;
import de.fahrplan.reporting.StatusUpdates;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.security.CoordinationOnly;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The Beschlussvorlage for a decision a status update asks for (the Lagebild's
 * "Entscheidungsbedarf"): the decision needed as Anlass and proposal, the measure's state in that
 * round as Sachverhalt, and its money and staff per budget year from the resource plan, computed
 * once and kept.
 */
@Service
public class DecisionPapers {

  private final Papers papers;
  private final PaperRepository paperRows;
  private final Consultations consultations;
  private final CouncilSettings settings;
  private final StatusUpdates updates;
  private final Measures measures;
  private final Resources resources;
  private final MessageSource messages;
  private final Clock clock;

  DecisionPapers(
      Papers papers,
      PaperRepository paperRows,
      Consultations consultations,
      CouncilSettings settings,
      StatusUpdates updates,
      Measures measures,
      Resources resources,
      MessageSource messages,
      Clock clock) {
    this.papers = papers;
    this.paperRows = paperRows;
    this.consultations = consultations;
    this.settings = settings;
    this.updates = updates;
    this.measures = measures;
    this.resources = resources;
    this.messages = messages;
    this.clock = clock;
  }

  /** One paper per status update; an update without a decision needed is refused. */
  @CoordinationOnly
  public PaperView fromStatusUpdate(long updateId) {
    StatusUpdateView u = updates.get(updateId);
    if (u.decisionsNeeded() == null || u.decisionsNeeded().isBlank()) {
      throw new InvalidInputException(null, "paper.noDecisionNeeded", u.measureLabel());
    }
    if (paperRows.existsByOriginAndOriginIdAndDeletedFalse(PaperOrigin.STATUS_UPDATE, updateId)) {
      throw new InvalidInputException(null, "paper.updateHasPaper", u.measureLabel());
    }
    MeasureView m = measures.get(u.measureId());
    List<ResourceView> entries = resources.of(m.id());
    PaperInput in = new PaperInput();
    in.paperType = settings.decisionType();
    in.date = LocalDate.now(clock);
    in.subject = "Entscheidung zur Maßnahme " + m.code() + " – " + m.title();
    in.leadUnitId = m.leadOrgUnitId();
    in.strategyVersionId = m.strategyVersionId();
    in.measureIds = List.of(m.id());
    in.goalIds = List.copyOf(m.goalIds());
    in.occasion =
        "Im Statusbericht "
            + u.period()
            + " meldet die Maßnahme "
            + m.code()
            + " Entscheidungsbedarf:\n\n"
            + u.decisionsNeeded().strip();
    in.facts = facts(u);
    in.proposal = u.decisionsNeeded().strip();
    in.financialImpact = financialText(entries);
    in.budgetProducts =
        entries.stream()
            .map(ResourceView::budgetProduct)
            .filter(Objects::nonNull)
            .distinct()
            .collect(Collectors.joining(", "));
    if (in.budgetProducts.isEmpty()) {
      in.budgetProducts = null;
    }
    PaperView paper =
        papers.createGenerated(
            in,
            PaperOrigin.STATUS_UPDATE,
            updateId,
            null,
            entries.isEmpty() ? List.of() : List.of(figures(entries)),
            consultations::startFromTypeIfAny);
    return papers.get(paper.id());
  }

  private String facts(StatusUpdateView u) {
    StringBuilder text =
        new StringBuilder("Stand ")
            .append(u.period())
            .append(": ")
            .append(
                u.trafficLight() == null
                    ? "ohne Ampel"
                    : "Ampel „"
                        + messages.getMessage(
                            "trafficLight." + u.trafficLight(), null, Locale.GERMAN)
                        + "“");
    if (u.progress() != null) {
      text.append(", Fortschritt ").append(u.progress()).append(" %");
    }
    text.append('.');
    append(text, "Begründung", u.explanation());
    append(text, "Erreicht", u.achieved());
    append(text, "Nächste Schritte", u.nextSteps());
    append(text, "Risiken", u.risks());
    return text.toString();
  }

  private static void append(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append("\n\n").append(label).append(": ").append(value.strip());
    }
  }

  private static String financialText(List<ResourceView> entries) {
    if (entries.isEmpty()) {
      return "Für die Maßnahme sind keine Personal- und Finanzmittel geplant.";
    }
    return "Die Tabelle zeigt die für die Maßnahme geplanten Mittel und Stellen je Haushaltsjahr"
        + " mit ihrem Stand im Haushalt.";
  }

  /** Per budget year: consumptive and investive money, FTE existing and new, budget status. */
  private PaperTable figures(List<ResourceView> entries) {
    List<ResourceView> years =
        entries.stream()
            .sorted(java.util.Comparator.comparingInt(ResourceView::budgetYear))
            .toList();
    List<String> head = new ArrayList<>(List.of("Haushaltsjahr"));
    years.forEach(r -> head.add(String.valueOf(r.budgetYear())));
    head.add("Summe");
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("konsumtiv (Teilergebnisplan) in Euro", years, ResourceView::consumptive, true));
    rows.add(row("investiv (Teilfinanzplan) in Euro", years, ResourceView::investive, true));
    rows.add(row("Personal vorhanden (VZÄ)", years, ResourceView::fteExisting, false));
    rows.add(row("Personal neu (VZÄ)", years, ResourceView::fteNew, false));
    List<String> status = new ArrayList<>(List.of("Stand im Haushalt"));
    years.forEach(
        r ->
            status.add(
                messages.getMessage("budgetStatus." + r.budgetStatus(), null, Locale.GERMAN)));
    status.add("");
    rows.add(status);
    boolean cents =
        years.stream().anyMatch(r -> hasCents(r.consumptive()) || hasCents(r.investive()));
    return new PaperTable(
        wholeEuroCaption("Finanzielle Auswirkungen der Maßnahme je Haushaltsjahr", cents),
        head,
        rows,
        true);
  }

  private static List<String> row(
      String label,
      List<ResourceView> years,
      Function<ResourceView, BigDecimal> value,
      boolean money) {
    List<String> row = new ArrayList<>(List.of(label));
    BigDecimal sum = BigDecimal.ZERO;
    for (ResourceView r : years) {
      BigDecimal v = Objects.requireNonNullElse(value.apply(r), BigDecimal.ZERO);
      sum = sum.add(v);
      row.add(money ? wholeEuro(v) : staff(v));
    }
    row.add(money ? wholeEuro(sum) : staff(sum));
    return row;
  }
}
