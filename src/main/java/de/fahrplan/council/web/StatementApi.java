package de.fahrplan.council.web;

import de.fahrplan.council.AnswerInput;
import de.fahrplan.council.DelegationInput;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.Releases;
import de.fahrplan.council.SignOffInput;
import de.fahrplan.council.StatementAnswer;
import de.fahrplan.council.StatementAnswers;
import de.fahrplan.council.StatementInput;
import de.fahrplan.council.StatementView;
import de.fahrplan.council.Statements;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Vorlagen", description = "Council papers (OParl Paper) and their Beratungsfolge")
class StatementApi {

  private final Statements statements;
  private final StatementAnswers answers;
  private final Releases releases;

  StatementApi(Statements statements, StatementAnswers answers, Releases releases) {
    this.statements = statements;
    this.answers = answers;
    this.releases = releases;
  }

  @GetMapping("/papers/{id}/statements")
  PageResponse<StatementView> paperStatements(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(statements.ofPaper(id), page, size);
  }

  @PostMapping("/papers/{id}/statements")
  @Operation(summary = "Asks an org unit or a body for a statement (or informs it) on a draft")
  ResponseEntity<StatementView> requestStatement(
      @PathVariable long id, @RequestBody StatementInput input) {
    StatementView v = statements.request(id, input);
    return ResponseEntity.created(URI.create("/api/v1/statements/" + v.id())).body(v);
  }

  @PostMapping("/papers/{id}/statements/proposed")
  @Operation(
      summary =
          "Asks the CONSULTED participants of the paper's measures and the always-asked units for"
              + " a statement and informs the INFORMED ones, each once")
  List<StatementView> requestProposedStatements(
      @PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueDate) {
    return statements.requestProposed(id, dueDate);
  }

  @GetMapping("/statements/{id}")
  StatementView getStatement(@PathVariable long id) {
    return statements.get(id);
  }

  @PutMapping(value = "/statements/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "The answer, by the lead of the asked unit, the person it was handed to, or recorded by"
              + " Koordination; ATTACHED names the paper's Anlage that holds it (fileId)")
  StatementView answerStatement(
      @PathVariable long id, IfMatch ifMatch, @RequestBody AnswerInput input) {
    return answers.answer(id, ifMatch.version(), input);
  }

  @PutMapping(value = "/statements/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "The answer with the file that holds it (parts answer, text, file): the file becomes an"
              + " Anlage of the paper, both or neither")
  StatementView answerStatementWithFile(
      @PathVariable long id,
      IfMatch ifMatch,
      @RequestParam(required = false) StatementAnswer answer,
      @RequestParam(required = false) String text,
      @RequestPart MultipartFile file)
      throws IOException {
    AnswerInput input = new AnswerInput();
    input.answer = answer;
    input.text = text;
    return answers.answerWithFile(
        id, ifMatch.version(), input, file.getOriginalFilename(), file.getBytes());
  }

  @PutMapping("/statements/{id}/delegate")
  @Operation(
      summary =
          "The asked unit's lead (or Koordination) hands the request on to a person, who gets it as"
              + " a task and a mail; personId null gives it back to the lead")
  StatementView delegateStatement(
      @PathVariable long id, IfMatch ifMatch, @RequestBody DelegationInput input) {
    return answers.delegate(id, ifMatch.version(), input.personId);
  }

  @DeleteMapping("/statements/{id}")
  ResponseEntity<Void> deleteStatement(@PathVariable long id, IfMatch ifMatch) {
    statements.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/papers/{id}/sign-offs")
  @Operation(summary = "Who signs the draft before its release, in order")
  PaperView signOffBy(@PathVariable long id, IfMatch ifMatch, @RequestBody SignOffInput input) {
    return releases.signOffBy(id, ifMatch.version(), input);
  }

  @PostMapping("/papers/{id}/sign")
  @Operation(summary = "The signed-in person signs the draft, when it is their turn")
  PaperView signPaper(@PathVariable long id, IfMatch ifMatch) {
    return releases.sign(id, ifMatch.version());
  }

  @PostMapping("/papers/{id}/release")
  @Operation(
      summary =
          "Releases the draft to the committees; refused (422) while a signature or a statement"
              + " is missing, naming which")
  PaperView releasePaper(@PathVariable long id, IfMatch ifMatch) {
    return releases.release(id, ifMatch.version());
  }
}
