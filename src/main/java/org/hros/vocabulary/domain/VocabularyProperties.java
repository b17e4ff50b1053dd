package org.hros.vocabulary.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The community's words, {@code hros.vocabulary.*}.
 *
 * @param cacheTtl how long a node keeps the words it read before it reads them again, at worst, when another node's
 *     change did not reach it
 */
@ConfigurationProperties("hros.vocabulary")
@Validated
public record VocabularyProperties(
        @DefaultValue("30s") @NotNull Duration cacheTtl) {}
