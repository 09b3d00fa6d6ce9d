package de.fahrplan.council;

import de.fahrplan.council.internal.PaperRepository;
import de.fahrplan.shared.tasks.OpenTasks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's council tasks: statements their units are asked for, papers to sign. */
@Component
class CouncilTasks implements OpenTasks {

  private final StatementAnswers statements;
  private final Releases releases;
  private final PaperRepository paperRows;

  CouncilTasks(StatementAnswers statements, Releases releases, PaperRepository paperRows) {
    this.statements = statements;
    this.releases = releases;
    this.paperRows = paperRows;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Task> openTasks() {
    List<Task> tasks = new ArrayList<>();
    List<StatementView> requests = statements.mine();
    Map<Long, String> labels = new HashMap<>();
    paperRows
        .findAllById(requests.stream().map(StatementView::paperId).distinct().toList())
        .stream()
        .filter(p -> !p.isDeleted())
        .forEach(p -> labels.put(p.getId(), p.view().label()));
    for (StatementView s : requests) {
      if (!labels.containsKey(s.paperId())) {
        continue; // the paper was deleted: nothing left to answer
      }
      tasks.add(
          new Task(
              s.informedOnly() ? "tasks.acknowledge" : "tasks.statement",
              labels.get(s.paperId()),
              "/statements/" + s.id() + "/answer",
              s.dueDate()));
    }
    for (PaperView p : releases.mine()) {
      tasks.add(new Task("tasks.signOff", p.label(), "/papers/" + p.id(), null));
    }
    return tasks;
  }
}
