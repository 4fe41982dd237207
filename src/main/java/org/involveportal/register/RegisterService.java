package org.involveportal.register;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.involveportal.audit.AuditAction;
import org.involveportal.audit.AuditTrail;
import org.involveportal.i18n.Language;
import org.involveportal.people.Resident;

/**
 * The register of involved people: residents who said "you may contact me about taking part" (and proved their
 * email address), found by {@link RegisterCriteria}. Nobody without that consent is ever returned, whatever the
 * criteria. Each search and export is audited with its criteria and count, never a name.
 */
@Stateless
public class RegisterService {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    /** One page of the people found (page 1 first), by account number so paging is stable. */
    public List<Resident> search(RegisterCriteria criteria, int page) {
        return query(criteria, "select distinct r", " order by r.id", Resident.class)
                .setFirstResult(Math.max(0, page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    /** Everyone found, for an export or an invitation. */
    public List<Resident> everyone(RegisterCriteria criteria) {
        return query(criteria, "select distinct r", " order by r.id", Resident.class).getResultList();
    }

    public long count(RegisterCriteria criteria) {
        return query(criteria, "select count(distinct r)", "", Long.class).getSingleResult();
    }

    /** Records a search of the register: who, the criteria and how many were found. */
    public void audited(String staff, AuditAction action, RegisterCriteria criteria, long found, String more) {
        audit.record(staff, action, "register", null, criteria.inWords() + "; " + found + " found" + (more == null ? "" : "; " + more));
    }

    private <T> TypedQuery<T> query(RegisterCriteria criteria, String select, String order, Class<T> type) {
        var joins = new StringBuilder();
        var where = new ArrayList<String>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        where.add("r.contactConsent = true");
        where.add("r.verifiedAt is not null");
        if (criteria.topic() != null) {
            joins.append(" join r.topics t");
            where.add("t = :topic");
            parameters.put("topic", criteria.topic());
        }
        if (criteria.clientGroup() != null) {
            joins.append(" join r.clientGroups g");
            where.add("g = :clientGroup");
            parameters.put("clientGroup", criteria.clientGroup());
        }
        if (criteria.level() != null) {
            where.add("r.involvement = :level");
            parameters.put("level", criteria.level());
        }
        if (criteria.communicationNeed() != null) {
            joins.append(" join r.communicationNeeds n");
            where.add("n = :need");
            parameters.put("need", criteria.communicationNeed());
        }
        if (criteria.wantsAccessNeeds()) {
            where.add("r.accessNeeds is not null");
        }
        if (criteria.availability() != null) {
            joins.append(" join r.availability a");
            where.add("a = :availability");
            parameters.put("availability", criteria.availability());
        }
        if (criteria.language() != null) {
            where.add(languageCondition(criteria.language(), parameters));
        }
        if (criteria.area() != null) {
            if (criteria.area().chars().allMatch(Character::isLetter)) {
                // a postcode area (CF): its districts, and not those of a longer area (C is not CF10)
                where.add("r.postcodeDistrict like :areaPrefix and substring(r.postcodeDistrict, :digitAt, 1) in"
                        + " ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')");
                parameters.put("areaPrefix", criteria.area() + "%");
                parameters.put("digitAt", criteria.area().length() + 1);
            } else {
                where.add("r.postcodeDistrict = :area");
                parameters.put("area", criteria.area());
            }
        }
        var query = em.createQuery(select + " from Resident r" + joins + " where " + String.join(" and ", where) + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * Writes in the language: Welsh correspondence or a Welsh account for Welsh, the account's language for
     * the others; or names it as the language they would rather use, in English or in its own name.
     */
    private static String languageCondition(Language language, Map<String, Object> parameters) {
        String english = language.nameFor(Language.ENGLISH);
        int bracket = english.indexOf(" (");
        english = bracket < 0 ? english : english.substring(0, bracket);
        parameters.put("languageTag", language.tag());
        parameters.put("languageEnglish", "%" + english.toLowerCase(Locale.ROOT) + "%");
        parameters.put("languageOwn", "%" + language.autonym().toLowerCase(Locale.ROOT) + "%");
        String writes = language == Language.WELSH
                ? "(r.welshCorrespondence = true or r.language = :languageTag)"
                : "(r.welshCorrespondence = false and r.language = :languageTag)";
        return "(" + writes + " or lower(r.preferredLanguage) like :languageEnglish or lower(r.preferredLanguage) like :languageOwn)";
    }
}
