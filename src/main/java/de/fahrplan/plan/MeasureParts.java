package de.fahrplan.plan;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a measure keeps beside its content, for its page: milestones, dependencies, money and staff
 * per budget year, participants and partners with the own share of the cost. Read in the caller's
 * transaction ({@link MeasureDetail}).
 */
@Component
class MeasureParts {

  record Parts(
      List<MilestoneView> milestones,
      List<DependencyView> dependencies,
      List<ResourceView> resources,
      List<ParticipantView> participants,
      List<PartnerView> partners,
      BigDecimal ownShare) {}

  private final Milestones milestones;
  private final Dependencies dependencies;
  private final Resources resources;
  private final Participants participants;

  MeasureParts(
      Milestones milestones,
      Dependencies dependencies,
      Resources resources,
      Participants participants) {
    this.milestones = milestones;
    this.dependencies = dependencies;
    this.resources = resources;
    this.participants = participants;
  }

  Parts of(long measureId) {
    List<PartnerView> partners = participants.partners(measureId);
    return new Parts(
        milestones.of(measureId),
        dependencies.of(measureId),
        resources.of(measureId),
        participants.participants(measureId),
        partners,
        Participants.ownShare(partners));
  }
}
