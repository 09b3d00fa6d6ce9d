/**
 * Documents: a neutral sequence of blocks (headings, paragraphs, lists, tables, figures) written as
 * tagged PDF (PDF/UA), ODT and DOCX, so that the three files always say the same. Progress reports,
 * the strategy document and (later) council papers are laid out as such documents.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Documents",
    allowedDependencies = {"shared"})
package de.fahrplan.documents;
