package de.fahrplan.council.web;

import de.fahrplan.council.AnswerInput;
import de.fahrplan.council.PaperView;
import de.fahrplan.council.Releases;
import de.fahrplan.council.SignOffInput;
import de.fahrplan.council.StatementInput;
import de.fahrplan.council.StatementView;
import de.fahrplan.council.Statements;
import de.fahrplan.shared.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Vorlagen", description = "Council papers (OParl Paper) and their Beratungsfolge")
class StatementApi {

  private final Statements statements;
  private final Releases releases;

  StatementApi(Statements statements, Releases releases) {
    this.statements = statements;
    this.releases = releases;
  }

  @GetMapping("/papers/{id}/statements")
  List<StatementView> paperStatements(@PathVariable long id) {
    return statements.ofPaper(id);
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

  @PutMapping("/statements/{id}/answer")
  @Operation(summary = "The answer, by the lead of the asked unit or recorded by Koordination")
  StatementView answerStatement(
      @PathVariable long id, IfMatch ifMatch, @RequestBody AnswerInput input) {
    return statements.answer(id, ifMatch.version(), input);
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
