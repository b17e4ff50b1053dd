/**
 * What every module stands on and none owns: the embedded database, security (headers, CSRF, rate limits,
 * sessions, API tokens), mail, error pages and the page frame.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hros.platform;
