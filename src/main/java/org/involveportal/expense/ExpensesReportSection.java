package org.involveportal.expense;

import static org.involveportal.report.ReportFigure.count;
import static org.involveportal.report.ReportFigure.money;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.involveportal.platform.Money;
import org.involveportal.report.ReportPart;
import org.involveportal.report.ReportPeriod;
import org.involveportal.report.ReportRow;
import org.involveportal.report.ReportSection;
import org.involveportal.report.ReportTable;

/**
 * Expenses and payments paid in the period, for the involvement report: by kind, how many lines and how much, with the
 * total; and how many people's claims were paid. A line counts in the period it was paid in, not the one it was claimed.
 */
@ApplicationScoped
public class ExpensesReportSection implements ReportSection {

    @PersistenceContext
    private EntityManager em;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public ReportPart part(ReportPeriod period) {
        var lines = new HashMap<ExpenseKind, Long>();
        var amounts = new HashMap<ExpenseKind, BigDecimal>();
        for (Object[] row : em.createQuery("select i.kind, count(i), sum(i.amount) from ExpenseItem i"
                        + " where i.paidAt >= :from and i.paidAt < :until group by i.kind", Object[].class)
                .setParameter("from", period.from()).setParameter("until", period.until()).getResultList()) {
            lines.put((ExpenseKind) row[0], (Long) row[1]);
            amounts.put((ExpenseKind) row[0], (BigDecimal) row[2]);
        }
        var rows = new ArrayList<ReportRow>();
        long allLines = 0;
        BigDecimal total = Money.ZERO;
        for (ExpenseKind kind : ExpenseKind.values()) {
            long n = lines.getOrDefault(kind, 0L);
            BigDecimal amount = amounts.getOrDefault(kind, Money.ZERO).setScale(2);
            rows.add(ReportRow.of("expenseKind." + kind.name(), count(n), money(amount)));
            allLines += n;
            total = total.add(amount);
        }
        rows.add(ReportRow.of("report.expenses.total", count(allLines), money(total)));
        long people = em.createQuery("select count(distinct i.claim) from ExpenseItem i where i.paidAt >= :from and i.paidAt < :until",
                Long.class).setParameter("from", period.from()).setParameter("until", period.until()).getSingleResult();
        return new ReportPart("report.expenses.title", List.of(
                ReportTable.parts("report.expenses.byKind", List.of("report.expenses.lines", "report.expenses.amount"), rows, true),
                ReportTable.of("report.expenses.claims", List.of("report.expenses.claimsPaid"),
                        List.of(ReportRow.of("report.expenses.claimsPaidRow", count(people))))));
    }
}
