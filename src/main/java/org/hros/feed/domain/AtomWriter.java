package org.hros.feed.domain;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/** Atom 1.0 documents written with ROME, from entries that already hold only what readers may see. */
final class AtomWriter {

    private static final String ATOM = "atom_1.0";

    private AtomWriter() {}

    /** A feed's own data: where it lives, what it is called, and who speaks for it when entries do not say. */
    record Head(
            String id, String title, String subtitle, String selfUrl, String pageUrl, String iconUrl, String author) {}

    /**
     * One entry. {@code author} is the name readers see (a display name, a role or "A member"), with
     * {@code authorUrl} set only for a named author's public profile.
     */
    record Item(
            String id,
            String title,
            String url,
            Instant published,
            Instant updated,
            String summary,
            boolean summaryIsHtml,
            List<Term> categories,
            String author,
            String authorUrl,
            String licenceName,
            String licenceUrl) {}

    record Term(String scheme, String term, String label) {}

    static Feed feed(Head head, List<Item> items, Instant updated) {
        Feed feed = new Feed(ATOM);
        feed.setId(head.id());
        feed.setTitle(head.title());
        feed.setSubtitle(text(head.subtitle(), false));
        feed.setUpdated(Date.from(updated));
        feed.setIcon(head.iconUrl());
        feed.setAlternateLinks(List.of(link("alternate", head.pageUrl(), "text/html", null)));
        feed.setOtherLinks(List.of(link("self", head.selfUrl(), "application/atom+xml", null)));
        if (head.author() != null) {
            feed.setAuthors(List.of(person(head.author(), null)));
        }
        feed.setEntries(items.stream().map(AtomWriter::entry).toList());
        return feed;
    }

    static String xml(Feed feed) {
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Feed could not be written", e);
        }
    }

    /** A strong entity tag for these bytes, quoted as HTTP wants it. */
    static String etag(String xml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Entry entry(Item item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitle(item.title());
        entry.setAlternateLinks(List.of(link("alternate", item.url(), "text/html", null)));
        if (item.licenceUrl() != null) {
            // RFC 4946: the licence of this entry, and its name as the entry's rights statement.
            entry.setOtherLinks(List.of(link("license", item.licenceUrl(), "text/html", item.licenceName())));
            entry.setRights(item.licenceName());
        }
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        if (item.summary() != null && !item.summary().isBlank()) {
            entry.setSummary(text(item.summary(), item.summaryIsHtml()));
        }
        List<Category> categories = new ArrayList<>();
        for (Term term : item.categories()) {
            Category category = new Category();
            category.setScheme(term.scheme());
            category.setTerm(term.term());
            category.setLabel(term.label());
            categories.add(category);
        }
        entry.setCategories(categories);
        if (item.author() != null) {
            entry.setAuthors(List.of(person(item.author(), item.authorUrl())));
        }
        return entry;
    }

    private static SyndPerson person(String name, String url) {
        Person person = new Person();
        person.setName(name);
        person.setUri(url);
        return person;
    }

    private static Content text(String value, boolean html) {
        Content content = new Content();
        content.setType(html ? Content.HTML : Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type, String title) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        link.setTitle(title);
        return link;
    }
}
