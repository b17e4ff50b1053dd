package org.hros.redaction.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * The redaction assistant, {@code hros.redaction.*} (docs/redaction.md).
 *
 * @param model the named-entity model
 */
@ConfigurationProperties("hros.redaction")
@Validated
public record RedactionProperties(@DefaultValue @Valid Model model) {

    /**
     * The named-entity model, loaded in the background at the first scan, or once the application has started.
     *
     * @param enabled whether the model runs; {@code false} runs the rules alone
     * @param waitFor how long a scan waits for a model still loading before it answers with the rules alone
     * @param preload whether the model loads as soon as the application has started (about 100 MB of heap from then
     *     on, also on a node where nobody checks a draft) instead of at the first scan, which then waits for it
     */
    public record Model(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("10s") @NotNull @Name("wait") Duration waitFor,
            @DefaultValue("false") boolean preload) {}
}
