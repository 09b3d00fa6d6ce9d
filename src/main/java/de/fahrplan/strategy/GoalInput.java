package de.fahrplan.strategy;

import java.util.ArrayList;
import java.util.List;

/** A strategic goal (code "A".."F") and the fields of action it belongs to. */
public class GoalInput {
  public String code;
  public String title;
  public String description;
  public List<Long> fieldOfActionIds = new ArrayList<>();
}
