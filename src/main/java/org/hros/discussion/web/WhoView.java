package org.hros.discussion.web;

import org.hros.discussion.ReactionKind;
import org.hros.member.MemberCard;
import org.hros.shared.PageView;
import org.hros.shared.SubjectInfo;

/** The members who gave one reaction to a subject, one page of them. */
public record WhoView(SubjectInfo subject, ReactionKind kind, PageView<MemberCard> members) {}
