package de.fahrplan.plan;

import de.fahrplan.shared.web.Versioned;
import java.math.BigDecimal;

/** A partner of an intermunicipal measure with its cost share (percent). */
public record PartnerView(
    Long id, Long measureId, Long partnerBodyId, String name, BigDecimal costShare, long version)
    implements Versioned {}
