package de.fahrplan.organisation.web;

import de.fahrplan.organisation.Bodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kommunen")
class BodyAdministratorApi {

  /** Who becomes an administrator of the municipality. */
  record Invitation(String email, String displayName) {}

  private final Bodies bodies;

  BodyAdministratorApi(Bodies bodies) {
    this.bodies = bodies;
  }

  @PostMapping("/api/v1/bodies/{id}/administrators")
  @Operation(
      summary =
          "Give a person the Administration role of a municipality (operators only); new accounts get a mail")
  ResponseEntity<Void> invite(@PathVariable long id, @RequestBody Invitation invitation) {
    bodies.inviteAdministrator(id, invitation.email(), invitation.displayName());
    return ResponseEntity.accepted().build();
  }
}
