package org.involveportal.expense;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.involveportal.activity.Activity;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Messages;
import org.involveportal.people.PersonalDataSource;
import org.involveportal.people.ResidentDeleting;
import org.involveportal.platform.Money;

/**
 * A resident's expense claims on "my data" and in its download. When the account is deleted, claims not yet in a
 * payment batch go with their receipts; claims the council has paid or is paying stay in its accounts, no longer
 * linked to the person.
 */
@ApplicationScoped
@Transactional
public class ExpenseResidentData implements PersonalDataSource {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Messages messages;

    @Inject
    private ReceiptStore store;

    @Override
    public List<Section> sectionsFor(long residentId) {
        var language = messages.getLanguage();
        var items = new ArrayList<Map<String, String>>();
        for (var claim : claims(residentId)) {
            var activity = em.find(Activity.class, claim.getActivityId());
            var item = new LinkedHashMap<String, String>();
            item.put("expense.data.reference", claim.getReference());
            item.put("expense.data.activity", activity.textIn(language.tag()).getTitle());
            item.put("expense.data.status", messages.text("expense.status." + claim.getStatus().name()));
            for (var line : claim.getItems()) {
                item.put("expenseKind." + line.getKind().name(), Money.format(line.getAmount(), language.locale()) + " · "
                        + messages.text("expense.item.status." + line.getStatus().name())
                        + (line.getDetail() == null ? "" : " · " + line.getDetail()));
            }
            int receipts = em.createQuery("select count(r) from ExpenseReceipt r where r.claimId = :c", Long.class)
                    .setParameter("c", claim.getId()).getSingleResult().intValue();
            item.put("expense.data.receipts", String.valueOf(receipts));
            if (claim.getSentAt() != null) {
                item.put("expense.data.sent", DateFormatting.dateAndTime(claim.getSentAt(), language));
            }
            items.add(item);
        }
        return items.isEmpty() ? List.of() : List.of(new Section("expense.data.claims", items));
    }

    /** Inside the deleting transaction; a receipt's file goes with its row. */
    void onDeleting(@Observes ResidentDeleting deleting) {
        for (var claim : claims(deleting.residentId())) {
            boolean inAccounts = claim.getItems().stream().anyMatch(line -> line.getBatchId() != null);
            if (inAccounts) {
                claim.forgetResident();
                continue;
            }
            var receipts = em.createQuery("select r from ExpenseReceipt r where r.claimId = :c", ExpenseReceipt.class)
                    .setParameter("c", claim.getId()).getResultList();
            receipts.forEach(receipt -> {
                em.remove(receipt);
                store.delete(receipt.getStoredName());
            });
            em.createQuery("delete from ExpenseNotice n where n.claimId = :c").setParameter("c", claim.getId()).executeUpdate();
            em.remove(claim);
        }
    }

    private List<ExpenseClaim> claims(long residentId) {
        return em.createQuery("select c from ExpenseClaim c where c.residentId = :r order by c.createdAt, c.id", ExpenseClaim.class)
                .setParameter("r", residentId).getResultList();
    }
}
