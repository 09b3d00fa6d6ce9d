package de.fahrplan.plan.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import de.fahrplan.plan.Dependencies;
import de.fahrplan.plan.MeasureView;
import java.util.List;

/**
 * A measure in the API's list: every field of the measure, and its predecessors and successors by
 * id and code – what an integrator drawing the plan needs without one request per measure.
 */
record MeasureListItem(
    @JsonUnwrapped MeasureView measure,
    List<Dependencies.Ref> predecessors,
    List<Dependencies.Ref> successors) {

  static MeasureListItem of(MeasureView measure, Dependencies.Links links) {
    return new MeasureListItem(measure, links.predecessors(), links.successors());
  }
}
