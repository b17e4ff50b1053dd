package org.hros.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo community's passwords, {@code hros.demo.*}, set by the {@code demo} profile.
 *
 * @param memberPassword the password of the demo members
 * @param editorPassword the password of the demo editors
 */
@ConfigurationProperties("hros.demo")
public record DemoProperties(String memberPassword, String editorPassword) {}
