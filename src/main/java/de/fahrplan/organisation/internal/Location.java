package de.fahrplan.organisation.internal;

import de.fahrplan.organisation.LocationInput;
import de.fahrplan.organisation.LocationView;
import de.fahrplan.shared.Rules;
import de.fahrplan.shared.audit.AuditLog;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A place where committees meet: a room in the town hall, a school's hall. */
@Entity
@Table(name = "location")
public class Location extends TenantEntity {

  private String description;
  private String streetAddress;
  private String room;
  private String postalCode;
  private String locality;
  @CreationTimestamp private Instant created;
  @UpdateTimestamp private Instant modified;

  protected Location() {}

  public Location(LocationInput input) {
    apply(input);
  }

  public void apply(LocationInput in) {
    new Rules()
        .required("description", blankToNull(in.description))
        .maxLength("description", in.description, 300)
        .maxLength("streetAddress", in.streetAddress, 300)
        .maxLength("room", in.room, 200)
        .maxLength("postalCode", in.postalCode, 10)
        .maxLength("locality", in.locality, 200)
        .check(
            in.postalCode == null
                || in.postalCode.isBlank()
                || in.postalCode.strip().matches("\\d{5}"),
            "postalCode",
            "location.postalCode.invalid")
        .throwIfAny();
    this.description = in.description.strip();
    this.streetAddress = blankToNull(in.streetAddress);
    this.room = blankToNull(in.room);
    this.postalCode = blankToNull(in.postalCode);
    this.locality = blankToNull(in.locality);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String description() {
    return description;
  }

  public LocationView view() {
    return new LocationView(
        getId(),
        description,
        streetAddress,
        room,
        postalCode,
        locality,
        created,
        modified,
        getVersion());
  }

  public Map<String, Object> auditState() {
    return AuditLog.state(
        "description",
        description,
        "streetAddress",
        streetAddress,
        "room",
        room,
        "postalCode",
        postalCode,
        "locality",
        locality);
  }
}
