package de.fahrplan.strategy.web;

import de.fahrplan.shared.web.IfMatch;
import de.fahrplan.shared.web.PageResponse;
import de.fahrplan.strategy.ConceptLinkInput;
import de.fahrplan.strategy.ConceptLinkView;
import de.fahrplan.strategy.ConceptLinks;
import de.fahrplan.strategy.IndicatorInput;
import de.fahrplan.strategy.IndicatorValueInput;
import de.fahrplan.strategy.IndicatorView;
import de.fahrplan.strategy.Indicators;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
@Tag(
    name = "Indikatoren und Konzepte",
    description = "Indicators of goals with measured values; links to other adopted concepts")
class IndicatorApi {

  private final Indicators indicators;
  private final ConceptLinks conceptLinks;

  IndicatorApi(Indicators indicators, ConceptLinks conceptLinks) {
    this.indicators = indicators;
    this.conceptLinks = conceptLinks;
  }

  @GetMapping("/strategy-versions/{id}/indicators")
  @Operation(summary = "All indicators of a version with values and state (by name)")
  PageResponse<IndicatorView> ofVersion(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(indicators.ofVersion(id), page, size);
  }

  @GetMapping("/goals/{id}/indicators")
  PageResponse<IndicatorView> ofGoal(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(indicators.ofGoal(id), page, size);
  }

  @PostMapping("/goals/{id}/indicators")
  @Operation(summary = "Define an indicator of a goal (draft versions only)")
  ResponseEntity<IndicatorView> add(@PathVariable long id, @RequestBody IndicatorInput input) {
    return created(indicators.add(id, input));
  }

  @GetMapping("/indicators/{id}")
  IndicatorView get(@PathVariable long id) {
    return indicators.get(id);
  }

  @PutMapping("/indicators/{id}")
  IndicatorView update(@PathVariable long id, IfMatch ifMatch, @RequestBody IndicatorInput input) {
    return indicators.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/indicators/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, IfMatch ifMatch) {
    indicators.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/indicators/{id}/values")
  @Operation(
      summary = "Record a measured value with its source (not in superseded versions)",
      description = "Answers the indicator with the new value, its state and progress.")
  ResponseEntity<IndicatorView> addValue(
      @PathVariable long id, @RequestBody IndicatorValueInput input) {
    return created(indicators.addValue(id, input));
  }

  @DeleteMapping("/indicator-values/{id}")
  @Operation(summary = "Remove a measured value; If-Match carries the value's version")
  IndicatorView deleteValue(@PathVariable long id, IfMatch ifMatch) {
    return indicators.deleteValue(id, ifMatch.version());
  }

  @GetMapping("/strategy-versions/{id}/concept-links")
  @Operation(summary = "Other adopted concepts the version refers to")
  PageResponse<ConceptLinkView> conceptLinks(
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageResponse.of(conceptLinks.ofVersion(id), page, size);
  }

  @PostMapping("/strategy-versions/{id}/concept-links")
  ResponseEntity<ConceptLinkView> addConceptLink(
      @PathVariable long id, @RequestBody ConceptLinkInput input) {
    ConceptLinkView l = conceptLinks.add(id, input);
    return ResponseEntity.created(URI.create("/api/v1/concept-links/" + l.id())).body(l);
  }

  @GetMapping("/concept-links/{id}")
  ConceptLinkView conceptLink(@PathVariable long id) {
    return conceptLinks.get(id);
  }

  @PutMapping("/concept-links/{id}")
  ConceptLinkView updateConceptLink(
      @PathVariable long id, IfMatch ifMatch, @RequestBody ConceptLinkInput input) {
    return conceptLinks.update(id, ifMatch.version(), input);
  }

  @DeleteMapping("/concept-links/{id}")
  ResponseEntity<Void> deleteConceptLink(@PathVariable long id, IfMatch ifMatch) {
    conceptLinks.delete(id, ifMatch.version());
    return ResponseEntity.noContent().build();
  }

  private static ResponseEntity<IndicatorView> created(IndicatorView i) {
    return ResponseEntity.created(URI.create("/api/v1/indicators/" + i.id())).body(i);
  }
}
