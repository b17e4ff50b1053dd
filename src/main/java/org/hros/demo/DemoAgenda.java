package org.hros.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.hros.request.CommunityAgenda;
import org.hros.request.OfferKind;
import org.hros.request.RequestCommand;
import org.hros.shared.Skill;
import org.hros.shared.Topic;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Puts the demo members' requests on the agenda: with votes, one answered by a sample case, one with an offer. */
@Component
@Profile("demo")
class DemoAgenda {

    private final CommunityAgenda agenda;

    DemoAgenda(CommunityAgenda agenda) {
        this.agenda = agenda;
    }

    /**
     * @param members demo member ids by key
     * @param cases sample case ids by the name of their file under {@code demo/cases/}
     * @param requestIds filled with the posted requests' ids by their key
     * @return how many requests were posted
     */
    @SuppressWarnings("unchecked")
    int load(Map<String, Long> members, Map<String, Long> cases, Map<String, Long> requestIds) throws IOException {
        List<Map<String, Object>> requests;
        try (InputStream in = new ClassPathResource("demo/requests.yml").getInputStream()) {
            requests = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        long editor = members.get("elena");
        for (Map<String, Object> r : requests) {
            long id = agenda.post(
                    members.get((String) r.get("author")),
                    new RequestCommand(
                            (String) r.get("title"),
                            (String) r.get("description"),
                            DemoCommunity.words(Topic.class, (List<String>) r.get("topics")),
                            DemoCommunity.words(Skill.class, (List<String>) r.get("skills")),
                            null,
                            null));
            requestIds.put((String) r.get("key"), id);
            for (String voter : (List<String>) r.get("voters")) {
                agenda.vote(id, members.get(voter));
            }
            Map<String, Object> offer = (Map<String, Object>) r.get("offer");
            if (offer != null) {
                agenda.offer(
                        id,
                        members.get((String) offer.get("member")),
                        OfferKind.valueOf((String) offer.get("kind")),
                        (String) offer.get("note"));
            }
            String answeredBy = (String) r.get("answeredBy");
            if (answeredBy != null) {
                agenda.linkCase(id, cases.get(answeredBy), editor);
            }
        }
        return requests.size();
    }
}
