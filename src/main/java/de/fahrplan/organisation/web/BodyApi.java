package de.fahrplan.organisation.web;

import de.fahrplan.organisation.Bodies;
import de.fahrplan.organisation.BodyInput;
import de.fahrplan.organisation.BodyView;
import de.fahrplan.shared.TenantContext;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bodies")
@Tag(
    name = "Kommunen",
    description = "Municipalities (tenants). A token sees its own; operators see all.")
class BodyApi {

  private final Bodies bodies;

  BodyApi(Bodies bodies) {
    this.bodies = bodies;
  }

  @GetMapping("/current")
  @Operation(summary = "The municipality the token belongs to")
  BodyView current() {
    return get(TenantContext.requireTenantId());
  }

  @GetMapping
  @Operation(summary = "All municipalities (operators only)")
  PageResponse<BodyView> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return PageResponse.of(bodies.all(), page, size);
  }

  @GetMapping("/{id}")
  BodyView get(@PathVariable long id) {
    return bodies.get(id);
  }

  @PostMapping
  @Operation(summary = "Create a municipality (operators only)")
  ResponseEntity<BodyView> create(@RequestBody BodyInput input) {
    BodyView v = bodies.create(input);
    return ResponseEntity.created(URI.create("/api/v1/bodies/" + v.id())).body(v);
  }

  @PutMapping("/{id}")
  BodyView update(@PathVariable long id, IfMatch ifMatch, @RequestBody BodyInput input) {
    long version = ifMatch.version();
    return bodies.update(id, version, input);
  }
}
