package org.involveportal.report;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Native counting statements for the report's own parts (aggregation across several features' tables, which JPQL
 * cannot join without their entities). Each statement names the period's first instant as {@code ?1} and the first
 * instant after it as {@code ?2}, stored as UTC like every instant.
 */
final class PeriodCounts {

    private final EntityManager em;
    private final ReportPeriod period;

    PeriodCounts(EntityManager em, ReportPeriod period) {
        this.em = em;
        this.period = period;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The single number a statement gives. */
    long count(String sql) {
        Object result = em.createNativeQuery(sql).setParameter(1, utc(period.from())).setParameter(2, utc(period.until()))
                .getSingleResult();
        return result == null ? 0 : ((Number) result).longValue();
    }

    /** A statement giving rows of (name, number): the numbers by name, names absent when the statement has none. */
    Map<String, Long> byName(String sql) {
        var counts = new HashMap<String, Long>();
        for (Object row : rows(sql)) {
            Object[] cells = (Object[]) row;
            counts.put(String.valueOf(cells[0]), cells[1] == null ? 0 : ((Number) cells[1]).longValue());
        }
        return counts;
    }

    List<?> rows(String sql) {
        return em.createNativeQuery(sql).setParameter(1, utc(period.from())).setParameter(2, utc(period.until())).getResultList();
    }
}
