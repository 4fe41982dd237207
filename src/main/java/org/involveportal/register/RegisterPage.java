package org.involveportal.register;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.involveportal.audit.AuditAction;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.Topic;
import org.involveportal.i18n.Language;
import org.involveportal.people.Availability;
import org.involveportal.people.CommunicationNeed;
import org.involveportal.people.InvolvementLevel;
import org.involveportal.web.page.PageBean;

/**
 * The register of involved people ({@code /staff/register}, editors): a plain GET form of criteria and the
 * people found a page at a time, with links to export them and to invite them. Only people who agreed to be
 * contacted appear; each search shown is audited with its criteria and count.
 */
@Named
@RequestScoped
public class RegisterPage extends PageBean {

    static final String ROLE = "EDITOR";

    /** One option of a select: its value, the bundle key naming it, and whether chosen. */
    public record Option(String value, String labelKey, boolean selected) {
    }

    @Inject
    private RegisterService register;

    private RegisterCriteria criteria = RegisterCriteria.ANY;
    private boolean searched;
    private long found;
    private int page = 1;
    private List<RegisterPerson> people = List.of();

    @Override
    protected void load() {
        if (!allowed(ROLE)) {
            return;
        }
        notKept();
        var read = RegisterCriteria.from(this::parameter);
        criteria = read.criteria();
        problems(read.problems());
        searched = parameter("search") != null;
        if (!searched || hasErrors()) {
            return;
        }
        page = pageNumber(parameter("page"));
        found = register.count(criteria);
        if (page > pages()) {
            page = Math.max(1, pages());
        }
        people = register.search(criteria, page).stream().map(RegisterPerson::of).toList();
        register.audited(staffMember(), AuditAction.REGISTER_SEARCHED, criteria, found, "page " + page);
    }

    static int pageNumber(String typed) {
        try {
            return Math.max(1, Integer.parseInt(typed == null ? "1" : typed.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public RegisterCriteria getCriteria() {
        return criteria;
    }

    public boolean isSearched() {
        return searched && !hasErrors();
    }

    public long getFound() {
        return found;
    }

    public int getPage() {
        return page;
    }

    public int pages() {
        return (int) ((found + RegisterService.PAGE_SIZE - 1) / RegisterService.PAGE_SIZE);
    }

    public int getPages() {
        return pages();
    }

    public List<RegisterPerson> getPeople() {
        return people;
    }

    /** The criteria as a query string, for the next and previous pages, the exports and the invitation. */
    public String getQuery() {
        String query = criteria.query();
        return query.isEmpty() ? "search=1" : query + "&search=1";
    }

    public List<Option> getTopics() {
        return options(Topic.values(), "topic.", criteria.topic());
    }

    public List<Option> getClientGroups() {
        return options(ClientGroup.values(), "clientGroup.", criteria.clientGroup());
    }

    public List<Option> getLevels() {
        return options(InvolvementLevel.values(), "involvement.level.", criteria.level());
    }

    public List<Option> getAvailabilities() {
        return options(Availability.values(), "involvement.availability.", criteria.availability());
    }

    public List<Option> getNeeds() {
        var options = new ArrayList<>(options(CommunicationNeed.values(), "involvement.need.", criteria.communicationNeed()));
        options.add(new Option(RegisterCriteria.ACCESS_NEEDS, "register.need.access", criteria.wantsAccessNeeds()));
        return options;
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    public boolean isLanguageChosen(Language language) {
        return language == criteria.language();
    }

    public String getArea() {
        String typed = parameter("area");
        return typed == null ? "" : typed;
    }

    private static <E extends Enum<E>> List<Option> options(E[] values, String keyPrefix, E chosen) {
        var options = new ArrayList<Option>();
        for (E value : values) {
            options.add(new Option(value.name(), keyPrefix + value.name(), value == chosen));
        }
        return options;
    }
}
