package org.hros.request.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hros.request.RequestStatus;
import org.hros.request.domain.BoardQuery;
import org.hros.request.domain.RequestCard;
import org.hros.shared.PageView;

/** The board: the query as the address holds it, the page of requests, and links that change one parameter. */
public record BoardView(BoardQuery query, PageView<RequestCard> page, boolean signedIn) {

    /** The address of this query with one parameter set, or removed when {@code value} is null; page 1 again. */
    public String with(String name, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.sort() != BoardQuery.Sort.VOTES) {
            params.put("sort", query.sort().slug());
        }
        put(params, "topic", query.topic() == null ? null : query.topic().slug());
        put(params, "skill", query.skill() == null ? null : query.skill().slug());
        put(params, "status", query.status() == null ? null : slug(query.status()));
        put(params, "mine", query.mine() == null ? null : query.mine().slug());
        if ("page".equals(name) && value != null) {
            params.put("page", value);
        } else if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        StringBuilder url = new StringBuilder("/requests");
        String sep = "?";
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(sep)
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        return url.toString();
    }

    public String page(int number) {
        return with("page", number > 1 ? String.valueOf(number) : null);
    }

    public boolean filtered() {
        return query.topic() != null || query.skill() != null || query.status() != null || query.mine() != null;
    }

    public static String slug(RequestStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }
}
