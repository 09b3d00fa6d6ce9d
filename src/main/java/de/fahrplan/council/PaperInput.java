package de.fahrplan.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Form and API request for a paper (its number is given by the municipality's pattern). */
public class PaperInput {
  public String paperType;
  public LocalDate date;
  public String subject;
  public boolean publicPaper = true;
  public Long leadUnitId;
  public Long personInChargeId;
  public String fileNumber;
  public String budgetProducts;
  public String occasion;
  public String facts;
  public String proposal;
  public String financialImpact;
  public String organisationalImpact;
  public List<PaperCheck> checks = new ArrayList<>();
  public Long strategyVersionId;
  public List<Long> goalIds = new ArrayList<>();
  public List<Long> measureIds = new ArrayList<>();
}
