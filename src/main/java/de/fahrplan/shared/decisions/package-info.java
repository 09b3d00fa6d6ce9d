/**
 * The extension point through which council decisions show on plan, strategy and Lagebild pages.
 */
package de.fahrplan.shared.decisions;
