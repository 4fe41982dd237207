package org.involveportal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.consultation.ConsultationService;
import org.involveportal.forum.GroupService;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/** The home page: what is open for comment now, and the groups people can join. */
@Named
@RequestScoped
public class HomePage extends PageBean {

    @Inject
    private ConsultationService consultations;

    @Inject
    private GroupService groups;

    @Inject
    private Messages messages;

    private List<Item> openConsultations;
    private List<Item> involvementGroups;

    @Override
    protected void load() {
        Language language = messages.getLanguage();
        String tag = language.tag();
        boolean easyRead = messages.getMode().easyRead();
        openConsultations = consultations.findOpen().stream()
                .map(c -> new Item(c.getSlug(), c.textIn(tag).getTitle(), c.listSummaryFor(tag, easyRead, c.textIn(tag).getSummary()),
                        c.languageShownTo(tag),
                        // closing as people say it (11:59pm the day before a midnight close), as on the consultation's own page
                        DateFormatting.dateAndTime(c.getWindow().closingAsSaid(), messages.languageOf("home.closes"))))
                .toList();
        involvementGroups = groups.findAll().stream()
                .map(g -> new Item(g.getSlug(), g.textIn(tag).getName(), g.listSummaryFor(tag, easyRead, g.textIn(tag).getPurpose()),
                        g.languageShownTo(tag), null))
                .toList();
    }

    public List<Item> getOpenConsultations() {
        return openConsultations;
    }

    public List<Item> getInvolvementGroups() {
        return involvementGroups;
    }

    /**
     * One entry of a list on the page, already in the reader's language where a translation exists;
     * {@code language} says which language the words are in.
     */
    public record Item(String slug, String title, String summary, Language language, String closes) {
    }
}
