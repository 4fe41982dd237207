package org.involveportal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.forum.GroupService;
import org.involveportal.i18n.Messages;

/** The home page: what is open for comment now, and the groups people can join. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private ConsultationService consultations;

    @Inject
    private GroupService groups;

    @Inject
    private Messages messages;

    private List<Item> openConsultations;
    private List<Item> involvementGroups;

    @PostConstruct
    void load() {
        String language = messages.getLanguage();
        openConsultations = consultations.findOpen().stream()
                .map(c -> new Item(c.getSlug(), c.textIn(language).getTitle(), c.textIn(language).getSummary()))
                .toList();
        involvementGroups = groups.findAll().stream()
                .map(g -> new Item(g.getSlug(), g.textIn(language).getName(), g.textIn(language).getPurpose()))
                .toList();
    }

    public List<Item> getOpenConsultations() {
        return openConsultations;
    }

    public List<Item> getInvolvementGroups() {
        return involvementGroups;
    }

    /** One line of a list on the page, already in the reader's language. */
    public record Item(String slug, String title, String summary) {
    }
}
