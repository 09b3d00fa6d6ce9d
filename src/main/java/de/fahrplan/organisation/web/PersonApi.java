package de.fahrplan.organisation.web;

import de.fahrplan.organisation.PersonInput;
import de.fahrplan.organisation.PersonView;
import de.fahrplan.organisation.Persons;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/api/v1/persons")
@Tag(name = "Personen", description = "Persons of the token's municipality")
class PersonApi {

  private final Persons persons;

  PersonApi(Persons persons) {
    this.persons = persons;
  }

  @GetMapping
  @Operation(
      summary = "Search persons by name, e-mail or function (q), optionally within an org unit")
  PageResponse<PersonView> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long orgUnitId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(
        persons.search(
            q, orgUnitId, Paging.of(page, size, Sort.by("familyName", "givenName", "id"))),
        p -> p);
  }

  @GetMapping("/{id}")
  PersonView get(@PathVariable long id) {
    return persons.get(id);
  }

  @PostMapping
  ResponseEntity<PersonView> create(@RequestBody PersonInput input) {
    PersonView v = persons.create(input);
    return ResponseEntity.created(URI.create("/api/v1/persons/" + v.id())).body(v);
  }

  @PutMapping("/{id}")
  PersonView update(@PathVariable long id, IfMatch ifMatch, @RequestBody PersonInput input) {
    long version = ifMatch.version();
    return persons.update(id, version, input);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
    persons.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/history")
  List<AuditLog.Entry> history(@PathVariable long id) {
    return persons.history(id);
  }
}
