/**
 * The global search: each module finds its own objects ({@link SearchSource}) with one text rule
 * ({@link TextSearch}: PostgreSQL's German full-text search, on H2 word parts).
 */
package de.fahrplan.shared.search;
