package de.fahrplan.council.web;

import de.fahrplan.council.PaperFiles;
import de.fahrplan.plan.Measures;
import de.fahrplan.reporting.ProgressReports;
import de.fahrplan.shared.web.Option;
import de.fahrplan.strategy.Strategies;
import de.fahrplan.strategy.StrategyView;
import de.fahrplan.strategy.VersionNames;
import de.fahrplan.strategy.VersionStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The plan as choices of the paper form: strategy versions and the measures of the current one. */
@Component
class PaperChoices {

  private final Strategies strategies;
  private final Measures measures;
  private final ProgressReports reports;
  private final PaperFiles files;
  private final Clock clock;
  private final VersionNames versionNames;

  PaperChoices(
      Strategies strategies,
      Measures measures,
      ProgressReports reports,
      PaperFiles files,
      VersionNames versionNames,
      Clock clock) {
    this.files = files;
    this.versionNames = versionNames;
    this.reports = reports;
    this.strategies = strategies;
    this.measures = measures;
    this.clock = clock;
  }

  /** The largest Anlage taken, for the upload form's hint. */
  long maxFileMegabytes() {
    return files.maxMegabytes();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  List<Option> versions() {
    return strategies.all().stream()
        .flatMap(s -> s.versions().stream())
        .map(v -> new Option(String.valueOf(v.id()), versionNames.of(v)))
        .toList();
  }

  /**
   * What the list page offers to generate from: the draft versions (Beschlussvorlage) and the
   * frozen progress reports, newest first (Mitteilungsvorlage) – the strategies read once.
   */
  record Generation(List<Option> drafts, List<Option> reports) {}

  Generation generation() {
    List<StrategyView> all = strategies.all();
    return new Generation(
        all.stream()
            .flatMap(s -> s.versions().stream())
            .filter(v -> v.status() == VersionStatus.DRAFT)
            .map(v -> new Option(String.valueOf(v.id()), versionNames.of(v)))
            .toList(),
        all.stream()
            .flatMap(s -> reports.archive(s.id()).stream())
            .map(r -> new Option(String.valueOf(r.id()), r.title()))
            .toList());
  }

  /** The goals of the version in force (or the newest draft), "A – Titel". */
  List<Option> goals() {
    return strategies
        .currentVersion()
        .map(
            v ->
                strategies.goals(v.id()).stream()
                    .map(g -> new Option(String.valueOf(g.id()), g.label()))
                    .toList())
        .orElse(List.of());
  }

  /** The measures of the version in force (or the newest draft), "M-12 – Titel". */
  List<Option> measures() {
    return strategies
        .currentVersion()
        .map(
            v ->
                measures.all(v.id()).stream()
                    .map(m -> new Option(String.valueOf(m.id()), m.code() + " – " + m.title()))
                    .toList())
        .orElse(List.of());
  }
}
