package de.fahrplan.council;

import static de.fahrplan.documents.GermanText.date;

import de.fahrplan.documents.Document;
import de.fahrplan.documents.GermanText;
import de.fahrplan.plan.BudgetStatus;
import de.fahrplan.plan.ResourcePlan;
import de.fahrplan.plan.ResourceTable;
import de.fahrplan.plan.VersionComparison;
import de.fahrplan.shared.InvalidInputException;
import de.fahrplan.shared.RichText;
import de.fahrplan.shared.security.CoordinationOnly;
import de.fahrplan.shared.security.MemberOnly;
import de.fahrplan.strategy.GoalView;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.VersionNames;
import de.fahrplan.strategy.VersionStatus;
import de.fahrplan.strategy.VersionView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Papers written from the live plan: the Beschlussvorlage that adopts a strategy version, with its
 * figures computed by the resource table's rule at that moment and kept in the paper.
 */
@Service
public class GeneratedPapers {

  private final Papers papers;
  private final Consultations consultations;
  private final CouncilSettings settings;
  private final Strategies strategies;
  private final ResourcePlan resourcePlan;
  private final VersionComparison comparison;
  private final Clock clock;

  GeneratedPapers(
      Papers papers,
      Consultations consultations,
      CouncilSettings settings,
      Strategies strategies,
      ResourcePlan resourcePlan,
      VersionComparison comparison,
      Clock clock) {
    this.papers = papers;
    this.consultations = consultations;
    this.settings = settings;
    this.strategies = strategies;
    this.resourcePlan = resourcePlan;
    this.comparison = comparison;
    this.clock = clock;
  }

  /**
   * The Beschlussvorlage for adopting a draft version: proposal, Sachverhalt from the Zielbild and
   * the goals (for a Fortschreibung with the changes against the version in force), and the money
   * and staff per goal and budget year. {@code inForceFrom} defaults to 1 January of the next year
   * (or of the strategy's first year, if later).
   */
  @CoordinationOnly
  public PaperView fromStrategyVersion(long versionId, LocalDate inForceFrom) {
    VersionView v = strategies.version(versionId);
    if (v.status() != VersionStatus.DRAFT) {
      throw new InvalidInputException(null, "paper.versionNotDraft", VersionNames.name(v));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate inForce =
        inForceFrom != null
            ? inForceFrom
            : LocalDate.of(Math.max(v.startYear(), today.getYear() + 1), 1, 1);
    PaperInput in = new PaperInput();
    in.paperType = settings.decisionType();
    in.date = today;
    in.subject =
        v.strategyTitle()
            + " "
            + v.startYear()
            + "–"
            + v.endYear()
            + (v.number() > 1 ? " – Fortschreibung (Fassung " + v.number() + ")" : "");
    VersionView current = versionInForce(v);
    in.occasion =
        current == null
            ? "Die Verwaltung legt die Strategie zur Beschlussfassung vor."
            : "Die geltende "
                + current.label()
                + " ist fortgeschrieben worden; die Fassung "
                + v.number()
                + " liegt zur Beschlussfassung vor.";
    in.facts = facts(v, current);
    in.proposal =
        "Die "
            + v.strategyTitle()
            + " "
            + v.startYear()
            + "–"
            + v.endYear()
            + " (Fassung "
            + v.number()
            + ") wird beschlossen und zum "
            + date(inForce)
            + " in Kraft gesetzt. Die Strategie ist Bestandteil dieses Beschlusses.";
    in.financialImpact =
        "Die Tabellen zeigen Mittel und Personal der Maßnahmen je Ziel und Haushaltsjahr nach dem"
            + " Ressourcenplan der Strategie (Stand "
            + date(today)
            + "). Mittel, die noch nicht im Haushalt stehen, werden zu den"
            + " Haushaltsberatungen angemeldet.";
    in.strategyVersionId = versionId;
    return papers.createGenerated(
        in,
        PaperOrigin.STRATEGY_VERSION,
        versionId,
        inForce,
        strategyFigures(versionId),
        consultations::startFromTypeIfAny);
  }

  /**
   * The figures of a version's paper: money and staff per goal and budget year, and per year the
   * money by plan (Teilergebnisplan consumptive, Teilfinanzplan investive) and by budget status.
   */
  @MemberOnly
  @Transactional(readOnly = true)
  public List<PaperTable> strategyFigures(long versionId) {
    ResourceTable table = resourcePlan.table(versionId, ResourceTable.GroupBy.GOAL);
    List<PaperTable> tables = new ArrayList<>();
    tables.add(
        perGoal(
            table,
            GermanText.wholeEuroCaption(
                "Mittel je Ziel und Haushaltsjahr in Euro", table.moneyHasCents()),
            c -> GermanText.wholeEuro(c.money())));
    tables.add(
        perGoal(table, "Personal (VZÄ) je Ziel und Haushaltsjahr", c -> GermanText.staff(c.fte())));
    List<String> head = new ArrayList<>(List.of("Mittel in Euro"));
    table.years().forEach(y -> head.add(String.valueOf(y)));
    head.add("Summe");
    List<List<String>> rows = new ArrayList<>();
    rows.add(yearRow(table, "konsumtiv (Teilergebnisplan)", c -> c.consumptive()));
    rows.add(yearRow(table, "investiv (Teilfinanzplan)", c -> c.investive()));
    rows.add(
        yearRow(table, "davon bewilligt", c -> status(c.moneyByStatus(), BudgetStatus.APPROVED)));
    rows.add(
        yearRow(
            table,
            "davon angemeldet (Nachmeldeliste)",
            c -> status(c.moneyByStatus(), BudgetStatus.REGISTERED)));
    tables.add(
        new PaperTable(
            GermanText.wholeEuroCaption(
                "Finanzielle Auswirkungen je Haushaltsjahr", table.moneyHasCents()),
            head,
            rows,
            true));
    return tables;
  }

  private VersionView versionInForce(VersionView v) {
    return strategies.get(v.strategyId()).versions().stream()
        .filter(o -> o.status() == VersionStatus.IN_FORCE && !o.id().equals(v.id()))
        .findFirst()
        .orElse(null);
  }

  private String facts(VersionView v, VersionView current) {
    StringBuilder text = new StringBuilder();
    List<String> vision = RichText.paragraphs(v.vision());
    if (!vision.isEmpty()) {
      text.append("Zielbild:\n").append(String.join("\n\n", vision)).append("\n\n");
    }
    List<GoalView> goals = strategies.goals(v.id());
    text.append("Die Strategie verfolgt ").append(goals.size()).append(" Ziele:\n");
    text.append(goals.stream().map(g -> "– " + g.label()).collect(Collectors.joining("\n")));
    if (current != null) {
      Map<String, Long> changes =
          comparison.compare(current.id(), v.id()).changes().stream()
              .filter(c -> c.kind().equals("Maßnahme"))
              .collect(
                  Collectors.groupingBy(VersionComparison.Change::change, Collectors.counting()));
      text.append("\n\nGegenüber der geltenden Fassung ")
          .append(current.number())
          .append(": ")
          .append(changes.getOrDefault("ADDED", 0L))
          .append(" Maßnahmen neu, ")
          .append(changes.getOrDefault("REMOVED", 0L))
          .append(" entfallen, ")
          .append(changes.getOrDefault("CHANGED", 0L))
          .append(" geändert.");
    }
    return text.toString();
  }

  /** The strategy document's table of the same figures (one layout for both). */
  private static PaperTable perGoal(
      ResourceTable table, String caption, Function<ResourceTable.Cell, String> value) {
    Document.Table t = table.asDocumentTable(caption, value);
    return new PaperTable(t.caption(), t.head(), t.rows(), true);
  }

  private static List<String> yearRow(
      ResourceTable table, String label, Function<ResourceTable.Cell, BigDecimal> amount) {
    List<String> cells = new ArrayList<>(List.of(label));
    for (Integer y : table.years()) {
      ResourceTable.Cell c = table.total().years().get(y);
      cells.add(c == null ? "–" : GermanText.wholeEuro(amount.apply(c)));
    }
    cells.add(GermanText.wholeEuro(amount.apply(table.total().total())));
    return cells;
  }

  private static BigDecimal status(Map<BudgetStatus, BigDecimal> byStatus, BudgetStatus s) {
    return byStatus.getOrDefault(s, BigDecimal.ZERO);
  }
}
