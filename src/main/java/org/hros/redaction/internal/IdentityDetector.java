package org.hros.redaction.internal;

import java.util.List;
import java.util.function.Consumer;
import org.hros.redaction.AuthorIdentity;
import org.hros.redaction.internal.Tokens.Token;

/**
 * The author's own name, handle and company, built once per review from their profile (see {@link OwnName} and
 * {@link OwnCompany} for the forms each is found in).
 */
final class IdentityDetector {

    static final String OWN_COMPANY_REPLACEMENT = OwnCompany.REPLACEMENT;

    private final OwnName name;
    private final OwnCompany company;

    IdentityDetector(AuthorIdentity author, WordLists lists) {
        this.name = new OwnName(author.displayName(), author.handle(), lists, lists.nicknames());
        this.company = new OwnCompany(author.company(), author.headline(), lists);
    }

    void detect(Text text, List<Token> tokens, Consumer<Hit> out) {
        name.detect(text, tokens, out);
        company.detect(text, tokens, out);
    }
}
