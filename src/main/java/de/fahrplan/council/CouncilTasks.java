package de.fahrplan.council;

import de.fahrplan.shared.tasks.OpenTasks;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The signed-in person's council tasks: statements their units are asked for, papers to sign. */
@Component
class CouncilTasks implements OpenTasks {

  private final Statements statements;
  private final Releases releases;
  private final Papers papers;

  CouncilTasks(Statements statements, Releases releases, Papers papers) {
    this.statements = statements;
    this.releases = releases;
    this.papers = papers;
  }

  @Override
  public List<Task> openTasks() {
    List<Task> tasks = new ArrayList<>();
    for (StatementView s : statements.mine()) {
      PaperView p = papers.get(s.paperId());
      tasks.add(
          new Task(
              s.informedOnly() ? "tasks.acknowledge" : "tasks.statement",
              p.label(),
              "/statements/" + s.id() + "/answer",
              s.dueDate()));
    }
    for (PaperView p : releases.mine()) {
      tasks.add(new Task("tasks.signOff", p.label(), "/papers/" + p.id(), null));
    }
    return tasks;
  }
}
