/**
 * Data leaving HROS on purpose: a member's own data as a ZIP they download from their settings, and the open-data
 * dump of every published case under its licence.
 *
 * <p>The member's archive is gathered from every module's {@link org.hros.shared.PersonalData} part, so this module
 * depends on none of them; each part writes only the member's own data. The dump reads the library only through
 * {@link org.hros.casestudy.OpenLibrary}, the case page's own reading, so a case is credited in it exactly as on its
 * page and an anonymous author never appears. Nothing here is an API other modules call.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exports")
package org.hros.export;
