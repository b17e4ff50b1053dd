package org.hros.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that posts content others read (a case, a reply, a request, a circle post). A member an admin
 * has silenced is refused there with 403 and a message saying why, as a page or a problem document.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PostsContent {}
