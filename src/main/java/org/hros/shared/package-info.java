/**
 * Building blocks open to every module: Markdown rendering, slugs, the field's vocabularies
 * (topics, skills, industries, size bands, regions) and paging.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hros.shared;
