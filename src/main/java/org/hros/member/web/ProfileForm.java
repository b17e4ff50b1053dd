package org.hros.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.hros.member.domain.OwnProfileView;
import org.hros.member.domain.ProfileCommand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/** Editing one's own profile. */
public record ProfileForm(
        @NotBlank(message = "{signup.displayName.required}") @Size(max = 80, message = "{signup.displayName.tooLong}")
        String displayName,

        @Size(max = 120, message = "{profile.headline.tooLong}")
        String headline,

        @Size(max = 120, message = "{profile.company.tooLong}")
        String company,

        Boolean companyPublic,
        @Size(max = 2000, message = "{profile.bio.tooLong}") String bio,
        List<Topic> topics,
        List<Skill> skills) {

    static ProfileForm of(OwnProfileView view) {
        return new ProfileForm(
                view.displayName(),
                view.headline(),
                view.company(),
                view.companyPublic(),
                view.bio(),
                List.copyOf(view.topics()),
                List.copyOf(view.skills()));
    }

    ProfileCommand command() {
        return new ProfileCommand(displayName, headline, company, isCompanyPublic(), bio, topicSet(), skillSet());
    }

    public boolean isCompanyPublic() {
        return Boolean.TRUE.equals(companyPublic);
    }

    public Set<Topic> topicSet() {
        return topics == null || topics.isEmpty() ? new java.util.TreeSet<>() : new java.util.TreeSet<>(topics);
    }

    public Set<Skill> skillSet() {
        return skills == null || skills.isEmpty() ? new java.util.TreeSet<>() : new java.util.TreeSet<>(skills);
    }
}
