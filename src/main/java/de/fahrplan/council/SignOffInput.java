package de.fahrplan.council;

import java.util.ArrayList;
import java.util.List;

/** The persons who sign a draft before its release (Abzeichnung/Mitzeichnung), in order. */
public class SignOffInput {
  public List<Long> personIds = new ArrayList<>();
}
