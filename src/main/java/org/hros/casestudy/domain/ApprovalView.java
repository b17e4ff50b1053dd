package org.hros.casestudy.domain;

import java.time.Instant;
import java.util.List;
import org.hros.casestudy.AttributionView;
import org.hros.casestudy.CaseContext;
import org.hros.casestudy.CaseType;
import org.hros.casestudy.CaseView;
import org.hros.casestudy.Licence;
import org.hros.casestudy.Outcome;
import org.hros.shared.Skill;
import org.hros.shared.Topic;

/**
 * A case as the approver at the author's employer reads it: exactly what readers will see once it is
 * published, including the attribution, and nothing more. Never the author's name unless readers will see it,
 * and never the approver's own address.
 *
 * @param update whether readers already see an earlier revision of this case
 * @param embargoUntil when it will be published at the earliest once approved, or {@code null}
 * @param expiresAt until when the approver's link works
 */
public record ApprovalView(
        CaseType type,
        String title,
        Outcome outcome,
        List<CaseView.SectionView> sections,
        List<Topic> topics,
        List<Skill> skills,
        CaseContext context,
        Licence licence,
        String vendorDisclosure,
        AttributionView attribution,
        boolean update,
        Instant embargoUntil,
        Instant expiresAt) {}
