package org.involveportal.expense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.involveportal.activity.Activity;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.people.Resident;
import org.involveportal.platform.Money;

/**
 * The words that tell a resident where their claim stands, in the language they asked to be written to: the same for
 * an email and a printed letter. A decision lists every line with what was approved, and why a line was refused.
 */
@ApplicationScoped
public class ExpenseLetter {

    @Inject
    private MessageCatalog catalog;

    @PersistenceContext
    private EntityManager em;

    /** A notice's words; {@code language} is the language they are in (English where a text is not translated). */
    public record Words(String subject, String body, Language language) {
    }

    public Words write(ExpenseNotice notice, ExpenseClaim claim, Resident resident, String baseUrl) {
        var language = resident.correspondenceLanguage();
        var activity = em.find(Activity.class, claim.getActivityId());
        var locale = language.locale();
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("reference", claim.getReference());
        arguments.put("activity", activity.textIn(language.tag()).getTitle());
        arguments.put("link", baseUrl.replaceAll("/+$", "") + language.pathPrefix() + "/account/expenses/" + claim.getReference());
        arguments.put("question", claim.getQuestion() == null ? "" : claim.getQuestion());
        arguments.put("approved", Money.format(claim.approvedTotal(), locale));
        arguments.put("lines", claim.getItems().stream().map(item -> "- " + catalog.format(language, false, "expense.letter.line." + item.getStatus().name(),
                Map.of("kind", catalog.format(language, "expenseKind." + item.getKind().name()),
                        "amount", Money.format(item.getAmount(), locale),
                        "reason", item.getRefusalReason() == null ? "" : item.getRefusalReason())))
                .collect(Collectors.joining("\n")));
        String prefix = "mail.expense." + notice.getKind().name();
        var bodyLanguage = catalog.lookup(language, false, prefix + ".body").language();
        return new Words(catalog.format(language, false, prefix + ".subject", arguments),
                catalog.format(language, false, prefix + ".body", arguments), bodyLanguage);
    }
}
