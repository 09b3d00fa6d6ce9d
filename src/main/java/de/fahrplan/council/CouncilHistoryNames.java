package de.fahrplan.council;

import de.fahrplan.shared.audit.HistoryNames;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Numbers of papers, titles of Anlagen and names of meetings in the change history. */
@Component
class CouncilHistoryNames implements HistoryNames {

  private final Papers papers;
  private final PaperFiles files;
  private final Meetings meetings;

  CouncilHistoryNames(Papers papers, PaperFiles files, Meetings meetings) {
    this.papers = papers;
    this.files = files;
    this.meetings = meetings;
  }

  @Override
  public Optional<String> name(String type, String field, long id) {
    return switch (field) {
      case "paperId" -> HistoryNames.read(id, i -> papers.get(i).reference());
      case "fileId", "answerFileId" -> HistoryNames.read(id, i -> files.get(i).title());
      case "meetingId" -> HistoryNames.read(id, i -> meetings.get(i).name());
      default -> Optional.empty();
    };
  }
}
