package de.fahrplan.shared.web;

import de.fahrplan.shared.search.SearchHit;
import de.fahrplan.shared.search.SearchSource;
import de.fahrplan.shared.search.TextSearch;
import de.fahrplan.shared.security.MemberOnly;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The global search in the header: measures, goals, papers, persons and org units of the current
 * municipality by code and words, grouped by kind.
 */
@Controller
class SearchController {

  /** How many hits of one kind the page shows. */
  static final int PER_KIND = 20;

  private static final List<String> ORDER =
      List.of(
          "search.kind.measure",
          "search.kind.goal",
          "search.kind.paper",
          "search.kind.person",
          "search.kind.orgUnit");

  /** The hits of one kind. */
  record Group(String kindKey, List<SearchHit> hits) {}

  private final List<SearchSource> sources;

  SearchController(List<SearchSource> sources) {
    this.sources =
        sources.stream().sorted(Comparator.comparingInt(SearchController::rank)).toList();
  }

  private static int rank(SearchSource source) {
    int i = ORDER.indexOf(source.kindKey());
    return i < 0 ? ORDER.size() : i;
  }

  @MemberOnly
  @GetMapping("/search")
  String search(@RequestParam(required = false) String q, Model model) {
    TextSearch.Query query = TextSearch.Query.of(q);
    List<Group> groups = new ArrayList<>();
    if (!query.isEmpty()) {
      for (SearchSource source : sources) {
        List<SearchHit> hits = source.search(query, PER_KIND);
        if (!hits.isEmpty()) {
          groups.add(new Group(source.kindKey(), hits));
        }
      }
    }
    model.addAttribute("q", query.text());
    model.addAttribute("groups", groups);
    model.addAttribute("asked", !query.isEmpty());
    model.addAttribute("perKind", PER_KIND);
    return "search";
  }
}
