package de.fahrplan.oparl.internal;

import de.fahrplan.oparl.ImportProblemView;
import de.fahrplan.shared.persistence.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** What went wrong with one object (or one list page) of a run; the run went on. */
@Entity
@Table(name = "oparl_import_problem")
public class ImportProblem extends TenantEntity {

  private long runId;
  private String objectUrl;
  private String message;
  @CreationTimestamp private Instant created;

  protected ImportProblem() {}

  public ImportProblem(long runId, String objectUrl, String message) {
    this.runId = runId;
    this.objectUrl =
        objectUrl == null || objectUrl.length() <= 1000 ? objectUrl : objectUrl.substring(0, 1000);
    this.message = OParlObject.cut(message, 1000);
  }

  public ImportProblemView view() {
    return new ImportProblemView(objectUrl, message, created);
  }
}
