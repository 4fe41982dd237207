package org.involveportal.report;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;

/**
 * The involvement report: its parts counted now for a period (every {@link ReportSection} in order), publishing a
 * period once with staff's words, which freezes its figures, and the published reports. The snapshot is kept row by
 * row in plain tables (migration V39) and read back as it was written.
 */
@Stateless
public class ReportService {

    /** Longest introduction or easy-read summary in one language. */
    public static final int WORDS_MAX = 2000;
    /** Languages whose words a report must have (the Welsh Language Standards). */
    public static final List<String> REQUIRED_LANGUAGES = List.of("en", "cy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Instance<ReportSection> sections;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** Every part, counted now from the database, in the sections' order. */
    public List<ReportPart> count(ReportPeriod period) {
        var ordered = new ArrayList<ReportSection>();
        sections.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(ReportSection::order).thenComparing(s -> s.getClass().getName()));
        return ordered.stream().map(section -> section.part(period)).toList();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Published reports, the latest period first: slug and period. */
    public List<ReportPeriod> published() {
        List<?> slugs = em.createNativeQuery("select slug from involvement_report order by last_day desc, first_day desc").getResultList();
        return slugs.stream().map(slug -> ReportPeriod.fromSlug((String) slug).orElseThrow()).toList();
    }

    public boolean isPublished(ReportPeriod period) {
        return !em.createNativeQuery("select id from involvement_report where slug = ?1").setParameter(1, period.slug())
                .getResultList().isEmpty();
    }

    /**
     * Publishes the report for a period that is over, with staff's words (English and Welsh required, each at most
     * {@link #WORDS_MAX} characters): its figures are counted now and kept as they are. A period is published once.
     */
    public void publish(ReportPeriod period, Map<String, PublishedReport.Words> words, String actor) {
        Instant now = clock.instant();
        if (!period.isOverAt(now)) {
            throw new ReportRuleViolation("staffReport.rule.notOver");
        }
        for (String language : REQUIRED_LANGUAGES) {
            var given = words.get(language);
            if (given == null || given.introduction().isBlank() || given.easyRead().isBlank()) {
                throw new ReportRuleViolation("staffReport.rule.words");
            }
        }
        if (isPublished(period)) {
            throw new ReportRuleViolation("staffReport.rule.already");
        }
        var parts = count(period);
        em.createNativeQuery("insert into involvement_report (slug, period_kind, first_day, last_day, published_at, published_by)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, period.slug()).setParameter(2, period.kind().name())
                .setParameter(3, Date.valueOf(period.firstDay())).setParameter(4, Date.valueOf(period.lastDay()))
                .setParameter(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(6, actor)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select id from involvement_report where slug = ?1")
                .setParameter(1, period.slug()).getSingleResult()).longValue();
        for (var entry : words.entrySet()) {
            if (entry.getValue().introduction().isBlank() && entry.getValue().easyRead().isBlank()) {
                continue;
            }
            em.createNativeQuery("insert into involvement_report_text (report_id, language, introduction, easy_read) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, entry.getKey())
                    .setParameter(3, entry.getValue().introduction().strip()).setParameter(4, entry.getValue().easyRead().strip())
                    .executeUpdate();
        }
        int position = 0;
        for (ReportPart part : parts) {
            for (ReportTable table : part.tables()) {
                writeTable(id, position++, part.titleKey(), table);
            }
        }
        audit.record(actor, AuditAction.INVOLVEMENT_REPORT_PUBLISHED, "involvement-report", period.slug(), null);
    }

    private void writeTable(long id, int position, String partKey, ReportTable table) {
        em.createNativeQuery("insert into involvement_report_table (report_id, position, part_key, caption_key, column_keys, parts, total_row)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, position).setParameter(3, partKey).setParameter(4, table.captionKey())
                .setParameter(5, String.join("|", table.columnKeys())).setParameter(6, table.parts()).setParameter(7, table.totalRow())
                .executeUpdate();
        for (int r = 0; r < table.rows().size(); r++) {
            var row = table.rows().get(r);
            em.createNativeQuery("insert into involvement_report_row (report_id, table_position, position, label_key, label, link)"
                            + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, position).setParameter(3, r)
                    .setParameter(4, row.labelKey()).setParameter(5, row.label()).setParameter(6, row.link())
                    .executeUpdate();
            for (int c = 0; c < row.figures().size(); c++) {
                var figure = row.figures().get(c);
                em.createNativeQuery("insert into involvement_report_figure (report_id, table_position, row_position, position, kind, count, amount)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, id).setParameter(2, position).setParameter(3, r).setParameter(4, c)
                        .setParameter(5, figure.kind().name()).setParameter(6, figure.count()).setParameter(7, figure.amount())
                        .executeUpdate();
            }
        }
    }

    /** A published report as it was published. */
    public Optional<PublishedReport> find(String slug) {
        List<?> found = em.createNativeQuery("select id, published_at, published_by from involvement_report where slug = ?1")
                .setParameter(1, slug).getResultList();
        var period = ReportPeriod.fromSlug(slug);
        if (found.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        Object[] report = (Object[]) found.get(0);
        long id = ((Number) report[0]).longValue();
        Instant publishedAt = instant(report[1]);
        var words = new LinkedHashMap<String, PublishedReport.Words>();
        for (Object row : em.createNativeQuery("select language, introduction, easy_read from involvement_report_text where report_id = ?1")
                .setParameter(1, id).getResultList()) {
            Object[] cells = (Object[]) row;
            words.put((String) cells[0], new PublishedReport.Words((String) cells[1], (String) cells[2]));
        }
        return Optional.of(new PublishedReport(period.get(), publishedAt, (String) report[2], words, parts(id)));
    }

    private List<ReportPart> parts(long id) {
        var figures = new HashMap<String, List<ReportFigure>>();
        for (Object row : em.createNativeQuery("select table_position, row_position, kind, count, amount from involvement_report_figure"
                + " where report_id = ?1 order by table_position, row_position, position").setParameter(1, id).getResultList()) {
            Object[] cells = (Object[]) row;
            var kind = ReportFigure.Kind.valueOf((String) cells[2]);
            BigDecimal amount = cells[4] == null ? null : new BigDecimal(cells[4].toString());
            var figure = switch (kind) {
                case COUNT -> ReportFigure.count(((Number) cells[3]).longValue());
                case MONEY -> ReportFigure.money(amount);
                case PERCENT -> ReportFigure.percent(amount);
                case NOT_KNOWN -> ReportFigure.notKnown();
            };
            figures.computeIfAbsent(cells[0] + "." + cells[1], k -> new ArrayList<>()).add(figure);
        }
        var rows = new HashMap<Integer, List<ReportRow>>();
        for (Object row : em.createNativeQuery("select table_position, position, label_key, label, link from involvement_report_row"
                + " where report_id = ?1 order by table_position, position").setParameter(1, id).getResultList()) {
            Object[] cells = (Object[]) row;
            int table = ((Number) cells[0]).intValue();
            rows.computeIfAbsent(table, k -> new ArrayList<>()).add(new ReportRow((String) cells[2], (String) cells[3], (String) cells[4],
                    figures.getOrDefault(table + "." + cells[1], List.of())));
        }
        var parts = new ArrayList<ReportPart>();
        String currentKey = null;
        List<ReportTable> current = null;
        for (Object row : em.createNativeQuery("select position, part_key, caption_key, column_keys, parts, total_row from involvement_report_table"
                + " where report_id = ?1 order by position").setParameter(1, id).getResultList()) {
            Object[] cells = (Object[]) row;
            String partKey = (String) cells[1];
            if (!partKey.equals(currentKey)) {
                if (current != null) {
                    parts.add(new ReportPart(currentKey, current));
                }
                currentKey = partKey;
                current = new ArrayList<>();
            }
            current.add(new ReportTable((String) cells[2], List.of(((String) cells[3]).split("\\|")),
                    rows.getOrDefault(((Number) cells[0]).intValue(), List.of()), bool(cells[4]), bool(cells[5])));
        }
        if (current != null) {
            parts.add(new ReportPart(currentKey, current));
        }
        return parts;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a time: " + value);
    }
}
