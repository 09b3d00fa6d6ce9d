/**
 * Things every module uses: the current tenant, base entity, errors that name the field, audit
 * trail, mail, web layout and German formats.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package de.fahrplan.shared;
