package de.fahrplan.council;

import de.fahrplan.council.internal.Mandate;
import de.fahrplan.council.internal.MandateRepository;
import de.fahrplan.council.internal.Paper;
import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.shared.decisions.Decisions;
import de.fahrplan.shared.security.MemberOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's side of {@link Decisions}: papers about a measure or version with their state, and
 * mandates with the state {@link MandateState#of} gives them (the rule of the mandate list).
 */
@Component
class CouncilDecisions implements Decisions {

  private static final int OVERDUE_SHOWN = 50;

  private final PaperRepository papers;
  private final MandateRepository mandates;
  private final Clock clock;

  CouncilDecisions(PaperRepository papers, MandateRepository mandates, Clock clock) {
    this.papers = papers;
    this.mandates = mandates;
    this.clock = clock;
  }

  @Override
  @MemberOnly
  @Transactional(readOnly = true)
  public List<Line> aboutMeasure(long measureId) {
    List<Line> lines = new ArrayList<>();
    papers.concerningMeasure(measureId).forEach(p -> lines.add(line(p)));
    mandates.findByMeasureIdAndDeletedFalseOrderByDueDateAsc(measureId).stream()
        .map(this::line)
        .forEach(lines::add);
    return lines;
  }

  @Override
  @MemberOnly
  @Transactional(readOnly = true)
  public List<Line> aboutVersion(long versionId) {
    List<Paper> found =
        papers.findByStrategyVersionIdAndDeletedFalseOrderByDateDescIdDesc(versionId);
    List<Line> lines = new ArrayList<>(found.stream().map(CouncilDecisions::line).toList());
    if (!found.isEmpty()) {
      mandates
          .findByPaperIdInAndDeletedFalseOrderByDueDateAsc(
              found.stream().map(Paper::getId).toList())
          .forEach(m -> lines.add(line(m)));
    }
    return lines;
  }

  @Override
  @MemberOnly
  @Transactional(readOnly = true)
  public List<Line> overdueMandates() {
    return mandates
        .search(
            null,
            true,
            null,
            LocalDate.now(clock),
            PageRequest.of(0, OVERDUE_SHOWN, Sort.by("dueDate", "id")))
        .map(this::line)
        .getContent();
  }

  private static Line line(Paper p) {
    return new Line(
        p.reference() + " – " + p.subject(),
        "/papers/" + p.getId(),
        "paperState." + p.state(),
        null);
  }

  private Line line(Mandate m) {
    return new Line(
        m.description(),
        "/mandates/" + m.getId(),
        "mandateState." + MandateState.of(m.keptState(), m.dueDate(), LocalDate.now(clock)),
        m.dueDate());
  }
}
