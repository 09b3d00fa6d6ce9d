package de.fahrplan.council;

import de.fahrplan.shared.NotFoundException;
import de.fahrplan.shared.audit.HistoryNames;
import java.util.Optional;
import java.util.function.LongFunction;
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
      case "paperId" -> read(id, i -> papers.get(i).reference());
      case "fileId", "answerFileId" -> read(id, i -> files.get(i).title());
      case "meetingId" -> read(id, i -> meetings.get(i).name());
      default -> Optional.empty();
    };
  }

  private static Optional<String> read(long id, LongFunction<String> name) {
    try {
      return Optional.ofNullable(name.apply(id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
