/**
 * OParl 1.1: the municipality's public council data (committees, members who agreed, meetings,
 * agenda items, papers, consultations, files) for council-information portals, under {@code
 * /oparl/v1}, anonymous and read-only, for the municipalities that switched it on. What is public
 * is decided by the owning modules ({@code PublicOrganisation}, {@code PublicCouncil}); this module
 * only speaks OParl. The other way, {@code OParlImports} reads the municipality's
 * Ratsinformationssystem over OParl and writes its papers, Beratungsfolgen and meetings through
 * {@code council.ImportedCouncil} (read-only there).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "OParl",
    allowedDependencies = {"organisation", "council", "shared"})
package de.fahrplan.oparl;
