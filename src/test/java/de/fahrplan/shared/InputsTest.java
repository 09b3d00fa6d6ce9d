package de.fahrplan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Forms are filled from views by name and exact type; collections are the form's own copies. */
class InputsTest {

  record View(
      String title,
      LocalDate due,
      List<Long> goalIds,
      Map<String, Integer> ratings,
      List<String> lines,
      Long version,
      int count) {}

  static class Input {
    public String title;
    public LocalDate due;
    public List<Long> goalIds = new ArrayList<>();
    public Map<String, Integer> ratings;
    public List<Integer> lines = new ArrayList<>(); // other element type: the caller's
    public String untouched = "as it was";
    public Integer count; // int in the view: the same type
    String hidden; // not public: left alone
  }

  static class Form extends Input {
    public Long version;
  }

  @Test
  void fillsSameNamedFieldsOfTheSameTypeAndCopiesCollections() {
    View view =
        new View(
            "DMS",
            LocalDate.of(2026, 3, 31),
            new ArrayList<>(List.of(1L, 2L)),
            Map.of("nutzen", 3),
            List.of("a"),
            7L,
            4);
    Form form = Inputs.fill(view, new Form(), "lines");

    assertThat(form.title).isEqualTo("DMS");
    assertThat(form.due).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(form.goalIds).containsExactly(1L, 2L);
    assertThat(form.ratings).containsEntry("nutzen", 3);
    assertThat(form.version).isEqualTo(7L);
    assertThat(form.lines).isEmpty();
    assertThat(form.untouched).isEqualTo("as it was");
    assertThat(form.count).isEqualTo(4);
    assertThat(form.hidden).isNull();

    form.goalIds.add(3L);
    assertThat(view.goalIds()).containsExactly(1L, 2L);
  }

  @Test
  void aFieldNamedLikeAComponentOfAnotherTypeIsAMistake() {
    View view = new View("DMS", null, List.of(), Map.of(), List.of("a"), 1L, 0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Inputs.fill(view, new Form()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lines");
  }
}
