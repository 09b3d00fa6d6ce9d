package de.fahrplan.organisation.web;

import de.fahrplan.organisation.LocationInput;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.organisation.Locations;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/v1/locations")
@Tag(name = "Orte", description = "Places where committees meet (OParl Location)")
class LocationApi {

  private final Locations locations;

  LocationApi(Locations locations) {
    this.locations = locations;
  }

  @GetMapping
  PageResponse<LocationView> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return PageResponse.of(locations.all(), page, size);
  }

  @GetMapping("/{id}")
  LocationView get(@PathVariable long id) {
    return locations.get(id);
  }

  @PostMapping
  ResponseEntity<LocationView> create(@RequestBody LocationInput input) {
    LocationView v = locations.create(input);
    return ResponseEntity.created(URI.create("/api/v1/locations/" + v.id())).body(v);
  }

  @PutMapping("/{id}")
  LocationView update(@PathVariable long id, IfMatch ifMatch, @RequestBody LocationInput input) {
    return locations.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
    locations.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/history")
  List<AuditLog.Entry> history(@PathVariable long id) {
    return locations.history(id);
  }
}
