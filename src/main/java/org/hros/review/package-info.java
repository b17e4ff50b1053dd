/**
 * The editors' desk: the review queue, claiming a submission, notes per section, returning a case to its
 * author and publishing it. The lifecycle itself belongs to the case library; this module drives it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editorial review")
package org.hros.review;
