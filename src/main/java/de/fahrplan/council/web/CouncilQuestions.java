package de.fahrplan.council.web;

import de.fahrplan.council.Agendas;
import de.fahrplan.council.MandateView;
import de.fahrplan.council.Mandates;
import de.fahrplan.council.MeetingView;
import de.fahrplan.council.Meetings;
import de.fahrplan.council.PaperFileView;
import de.fahrplan.council.PaperFiles;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.Papers;
import de.fahrplan.shared.web.Confirmable;
import de.fahrplan.shared.web.Confirmation;
import de.fahrplan.shared.web.Formats;
import org.springframework.stereotype.Component;

/** What deleting a paper, a meeting, a mandate or an Anlage takes with it (asked first). */
@Component
class CouncilQuestions implements Confirmable {

  private final Papers papers;
  private final Meetings meetings;
  private final Agendas agendas;
  private final Mandates mandates;
  private final PaperFiles files;
  private final Formats formats;

  CouncilQuestions(
      Papers papers,
      Meetings meetings,
      Agendas agendas,
      Mandates mandates,
      PaperFiles files,
      Formats formats) {
    this.papers = papers;
    this.meetings = meetings;
    this.agendas = agendas;
    this.mandates = mandates;
    this.files = files;
    this.formats = formats;
  }

  @Override
  public Confirmation describe(Asked asked) {
    return switch (asked.pattern()) {
      case "/papers/{id}/delete" -> {
        PaperView p = papers.get(asked.id());
        String page = "/papers/" + p.id();
        yield Confirmation.of(
                "form.delete",
                page,
                p.reference(),
                "paper.deleteQuestion",
                p.reference(),
                p.subject())
            .taking("paper.deleteKeepsNumber", p.reference());
      }
      case "/meetings/{id}/delete" -> {
        MeetingView m = meetings.get(asked.id());
        int items = agendas.agenda(m.id()).size();
        yield Confirmation.of(
                "form.delete",
                "/meetings/" + m.id(),
                m.name(),
                "meeting.deleteQuestion",
                m.name(),
                formats.date(m.meetingDate()))
            .takingIf(items, "meeting.deleteItems", items);
      }
      case "/mandates/{id}/delete" -> {
        MandateView m = mandates.get(asked.id());
        yield Confirmation.of(
            "form.delete",
            "/mandates/" + m.id(),
            m.paperReference(),
            "mandate.deleteQuestion",
            m.description(),
            m.paperReference());
      }
      case "/paper-files/{id}/delete" -> {
        PaperFileView f = files.get(asked.id());
        PaperView p = papers.get(f.paperId());
        yield Confirmation.of(
            "paperFile.remove",
            "/papers/" + p.id() + "#anlagen",
            p.reference(),
            "paperFile.deleteQuestion",
            f.title(),
            f.fileName(),
            p.reference());
      }
      default -> throw new IllegalArgumentException(asked.pattern());
    };
  }
}
