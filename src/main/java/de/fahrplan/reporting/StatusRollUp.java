package de.fahrplan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a goal, field of action or org unit gets its status from its measures' reported updates.
 *
 * <p><b>Progress</b> is the weighted mean of the measures' progress: with {@link Weighting#EQUAL}
 * every measure weighs the same; with {@link Weighting#BUDGET} each weighs by its planned money
 * (all years) – if none of them plans money, they weigh the same again.
 *
 * <p><b>Traffic light</b>: "abgeschlossen" when every reported measure is completed; otherwise
 * completed measures count as "im Plan". {@link LightPolicy#WORST_OF}: the worst light of any
 * measure. {@link LightPolicy#SHARE_BASED}: "kritisch" when the share of critical measures reaches
 * the threshold, else "gefährdet" when the share of critical and at-risk measures reaches it, else
 * "im Plan". Measures without a report count in {@code unreported} and in no light.
 */
public final class StatusRollUp {

  private StatusRollUp() {}

  /** One measure's reported state; {@code light} null when it has no report. */
  public record Item(TrafficLight light, Integer progress, BigDecimal plannedMoney) {}

  /** The rolled-up status; light and progress null when nothing was reported. */
  public record Status(
      Map<TrafficLight, Integer> counts,
      int reported,
      int unreported,
      TrafficLight light,
      Integer progress) {

    public int count(TrafficLight light) {
      return counts.getOrDefault(light, 0);
    }

    public int total() {
      return reported + unreported;
    }

    /** Share of the reported measures with this light, in percent (0 without reports). */
    public int share(TrafficLight light) {
      return reported == 0 ? 0 : Math.round(100f * count(light) / reported);
    }
  }

  public static Status of(
      List<Item> items, LightPolicy policy, int thresholdPercent, Weighting weighting) {
    Map<TrafficLight, Integer> counts = new EnumMap<>(TrafficLight.class);
    int reported = 0;
    for (Item i : items) {
      if (i.light() != null) {
        counts.merge(i.light(), 1, Integer::sum);
        reported++;
      }
    }
    return new Status(
        counts,
        reported,
        items.size() - reported,
        light(counts, reported, policy, thresholdPercent),
        progress(items, weighting));
  }

  private static TrafficLight light(
      Map<TrafficLight, Integer> counts, int reported, LightPolicy policy, int threshold) {
    if (reported == 0) {
      return null;
    }
    int critical = counts.getOrDefault(TrafficLight.CRITICAL, 0);
    int atRisk = counts.getOrDefault(TrafficLight.AT_RISK, 0);
    if (counts.getOrDefault(TrafficLight.COMPLETED, 0) == reported) {
      return TrafficLight.COMPLETED;
    }
    if (policy == LightPolicy.WORST_OF) {
      return critical > 0
          ? TrafficLight.CRITICAL
          : atRisk > 0 ? TrafficLight.AT_RISK : TrafficLight.ON_TRACK;
    }
    // share-based: compare in whole numbers – 100 × count ≥ threshold × reported
    if (100 * critical >= threshold * reported) {
      return TrafficLight.CRITICAL;
    }
    if (100 * (critical + atRisk) >= threshold * reported) {
      return TrafficLight.AT_RISK;
    }
    return TrafficLight.ON_TRACK;
  }

  private static Integer progress(List<Item> items, Weighting weighting) {
    List<Item> withProgress = items.stream().filter(i -> i.progress() != null).toList();
    if (withProgress.isEmpty()) {
      return null;
    }
    boolean byBudget =
        weighting == Weighting.BUDGET
            && withProgress.stream().anyMatch(i -> weight(i.plannedMoney()).signum() > 0);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Item i : withProgress) {
      BigDecimal w = byBudget ? weight(i.plannedMoney()) : BigDecimal.ONE;
      sum = sum.add(w.multiply(BigDecimal.valueOf(i.progress())));
      weights = weights.add(w);
    }
    return sum.divide(weights, 0, RoundingMode.HALF_UP).intValue();
  }

  private static BigDecimal weight(BigDecimal money) {
    return money == null || money.signum() < 0 ? BigDecimal.ZERO : money;
  }
}
