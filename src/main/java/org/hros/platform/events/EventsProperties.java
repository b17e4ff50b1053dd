package org.hros.platform.events;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the modules' event listeners run, {@code hros.events.*}.
 *
 * @param listenerThreads how many asynchronous listeners run at once; the rest wait in line. Each may hold a database
 *     connection, so this stays well below the pool's size, leaving the rest to requests.
 */
@ConfigurationProperties("hros.events")
@Validated
public record EventsProperties(@DefaultValue("8") @Positive int listenerThreads) {}
