package org.hros.discussion.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hros.discussion.ReactionBar;
import org.hros.discussion.ReplyAuthorView;
import org.hros.discussion.ReplyView;
import org.hros.shared.NotFoundException;
import org.hros.shared.PublicTimes;

/** The replies of a thread arranged by what they answer, oldest first at every level. */
final class Tree {

    /** What the reader may see and do with one reply, besides its text. */
    record Node(
            ReplyAuthorView author,
            List<ReplyView.RevisionView> history,
            boolean mine,
            boolean editable,
            boolean removable,
            ReactionBar reactions,
            boolean dayOnly) {}

    private final Map<Long, List<Reply>> byParent = new HashMap<>();
    private final Map<Long, Reply> byId = new HashMap<>();
    private final Function<Reply, Node> nodes;

    Tree(List<Reply> replies, Function<Reply, Node> nodes) {
        this.nodes = nodes;
        for (Reply reply : replies) {
            byId.put(reply.id(), reply);
            byParent.computeIfAbsent(reply.parentId(), k -> new ArrayList<>()).add(reply);
        }
    }

    /** The replies answering {@code parentId} ({@code null}: the top level), each with its own replies. */
    List<ReplyView> children(Long parentId) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .map(this::view)
                .toList();
    }

    ReplyView view(long replyId) {
        Reply reply = byId.get(replyId);
        if (reply == null) {
            throw new NotFoundException("No such reply");
        }
        return view(reply);
    }

    private ReplyView view(Reply r) {
        List<ReplyView> children = children(r.id());
        int descendants = children.size()
                + children.stream().mapToInt(ReplyView::descendants).sum();
        Node node = nodes.apply(r);
        return new ReplyView(
                r.id(),
                r.parentId(),
                r.depth(),
                node.author(),
                r.html(),
                PublicTimes.shown(r.createdAt(), node.dayOnly()),
                PublicTimes.shown(r.editedAt(), node.dayOnly()),
                r.removed(),
                node.history(),
                node.mine(),
                node.editable(),
                node.removable(),
                node.reactions(),
                children,
                descendants,
                node.dayOnly(),
                r.hidden());
    }
}
