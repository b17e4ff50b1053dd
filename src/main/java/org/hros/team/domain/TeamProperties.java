package org.hros.team.domain;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Teams, {@code hros.teams.*} (docs/teams.md).
 *
 * @param mailInterval how often team leads' and members' due mails are looked for
 */
@ConfigurationProperties("hros.teams")
@Validated
public record TeamProperties(@DefaultValue("1h") @NotNull Duration mailInterval) {}
