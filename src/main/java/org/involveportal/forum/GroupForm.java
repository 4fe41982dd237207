package org.involveportal.forum;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.involveportal.content.ClientGroup;
import org.involveportal.content.EasyReadIdea;
import org.involveportal.content.Topic;
import org.involveportal.i18n.Language;
import org.involveportal.platform.FormRules;

/**
 * What staff type for a group: its words in each language (English required), its easy-read summary
 * (one idea a line, "picture | words"), and how, where and on what terms it meets.
 */
public class GroupForm {

    /** The languages staff may write it in: every language of the portal; English is required. */
    public static final List<String> LANGUAGES = Language.tags();
    /** The free-text parts of each language, in form order, with their longest length. */
    public static final Map<String, Integer> PARTS = partLimits();

    private static Map<String, Integer> partLimits() {
        var parts = new LinkedHashMap<String, Integer>();
        parts.put("name", 200);
        parts.put("purpose", 2000);
        parts.put("whoCanJoin", 2000);
        parts.put("eligibility", 2000);
        parts.put("meetingPattern", 1000);
        parts.put("venue", 500);
        parts.put("venueAccess", 2000);
        parts.put("timeCommitment", 1000);
        parts.put("expenses", 1000);
        parts.put("contactName", 200);
        parts.put("easyRead", 4000);
        return parts;
    }

    private final Map<String, Map<String, String>> words = new LinkedHashMap<>();
    private final Set<Topic> topics = EnumSet.noneOf(Topic.class);
    private final Set<ClientGroup> clientGroups = EnumSet.noneOf(ClientGroup.class);
    private final Set<Support> support = EnumSet.noneOf(Support.class);
    private String mode = MeetingMode.IN_PERSON.name();
    private String payment = Payment.NONE.name();
    private String area = "";
    private String email = "";
    private String phone = "";
    private boolean needsApproval;

    public GroupForm() {
        for (String language : LANGUAGES) {
            var parts = new LinkedHashMap<String, String>();
            PARTS.keySet().forEach(part -> parts.put(part, ""));
            words.put(language, parts);
        }
    }

    public static GroupForm from(HttpServletRequest request) {
        var form = new GroupForm();
        for (String language : LANGUAGES) {
            for (String part : PARTS.keySet()) {
                String value = request.getParameter(part + "-" + language);
                form.words.get(language).put(part, value == null ? "" : value);
            }
        }
        choose(request, "topic", Topic.values(), form.topics);
        choose(request, "who", ClientGroup.values(), form.clientGroups);
        choose(request, "support", Support.values(), form.support);
        form.mode = value(request, "mode");
        form.payment = value(request, "payment");
        form.area = value(request, "area");
        form.email = value(request, "email");
        form.phone = value(request, "phone");
        form.needsApproval = "true".equals(request.getParameter("approval"));
        return form;
    }

    private static <E extends Enum<E>> void choose(HttpServletRequest request, String name, E[] values, Set<E> into) {
        var chosen = request.getParameterValues(name);
        if (chosen != null) {
            Arrays.stream(values).filter(v -> Arrays.asList(chosen).contains(v.name())).forEach(into::add);
        }
    }

    public static GroupForm from(InvolvementGroup group) {
        var form = new GroupForm();
        for (String language : LANGUAGES) {
            if (group.hasTextIn(language)) {
                var t = group.textIn(language);
                var w = form.words.get(language);
                w.put("name", nonNull(t.getName()));
                w.put("purpose", nonNull(t.getPurpose()));
                w.put("whoCanJoin", nonNull(t.getWhoCanJoin()));
                w.put("eligibility", nonNull(t.getEligibility()));
                w.put("meetingPattern", nonNull(t.getMeetingPattern()));
                w.put("venue", nonNull(t.getVenue()));
                w.put("venueAccess", nonNull(t.getVenueAccess()));
                w.put("timeCommitment", nonNull(t.getTimeCommitment()));
                w.put("expenses", nonNull(t.getExpenses()));
                w.put("contactName", nonNull(t.getContactName()));
            }
            form.words.get(language).put("easyRead", group.easyReadWrittenIn(language).stream()
                    .map(idea -> idea.getPicture() + " | " + idea.getText()).collect(Collectors.joining("\n")));
        }
        form.topics.addAll(group.getTopics());
        form.clientGroups.addAll(group.getClientGroups());
        form.support.addAll(group.getSupport());
        form.mode = group.getMeetingMode().name();
        form.payment = group.getPayment().name();
        form.area = nonNull(group.getArea());
        form.email = nonNull(group.getContactEmail());
        form.phone = nonNull(group.getContactPhone());
        form.needsApproval = group.isNeedsApproval();
        return form;
    }

    /** Field id to the bundle key of its problem, in form order. */
    public Map<String, String> problems(List<String> knownPictures) {
        var problems = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            var w = words.get(language);
            boolean required = "en".equals(language) || !isEmpty(language);
            if (required && FormRules.isBlank(w.get("name"))) {
                problems.put("name-" + language, "groupEditor.error.name");
            }
            if (required && FormRules.isBlank(w.get("purpose"))) {
                problems.put("purpose-" + language, "groupEditor.error.purpose");
            }
            PARTS.forEach((part, max) -> {
                if (FormRules.length(w.get(part)) > max) {
                    problems.putIfAbsent(part + "-" + language, "groupEditor.error.tooLong");
                }
            });
            for (String line : easyReadLines(language)) {
                String picture = line.contains("|") ? line.substring(0, line.indexOf('|')).trim() : "";
                String text = line.contains("|") ? line.substring(line.indexOf('|') + 1).trim() : line.trim();
                if (!picture.isEmpty() && !knownPictures.contains(picture)) {
                    problems.putIfAbsent("easyRead-" + language, "groupEditor.error.picture");
                } else if (FormRules.length(text) > 500) {
                    problems.putIfAbsent("easyRead-" + language, "groupEditor.error.tooLong");
                }
            }
        }
        if (!FormRules.isBlank(email) && !FormRules.isEmail(email)) {
            problems.put("email", "groupEditor.error.email");
        }
        if (!FormRules.isBlank(phone) && !FormRules.isPhone(phone)) {
            problems.put("phone", "groupEditor.error.phone");
        }
        if (FormRules.length(area) > 100) {
            problems.put("area", "groupEditor.error.tooLong");
        }
        return problems;
    }

    private List<String> easyReadLines(String language) {
        return words.get(language).get("easyRead").lines().filter(line -> !line.isBlank()).toList();
    }

    private boolean isEmpty(String language) {
        return words.get(language).values().stream().allMatch(FormRules::isBlank);
    }

    /** The words as the group keeps them; null for an empty language. */
    GroupText textFor(String language) {
        var w = words.get(language);
        if (FormRules.isBlank(w.get("name"))) {
            return null;
        }
        return GroupText.of(w.get("name").trim(), w.get("purpose").trim(), w.get("whoCanJoin"), w.get("meetingPattern"),
                w.get("venue"), w.get("venueAccess"), w.get("timeCommitment"), w.get("expenses"), w.get("contactName"),
                w.get("eligibility"));
    }

    List<EasyReadIdea> easyReadFor(String language) {
        var ideas = new ArrayList<EasyReadIdea>();
        for (String line : easyReadLines(language)) {
            String picture = line.contains("|") ? line.substring(0, line.indexOf('|')).trim() : "";
            String text = line.contains("|") ? line.substring(line.indexOf('|') + 1).trim() : line.trim();
            ideas.add(new EasyReadIdea(language, text, picture.isEmpty() ? "people" : picture, ""));
        }
        return ideas;
    }

    void applyTo(InvolvementGroup group) {
        group.arrange(parse(MeetingMode.class, mode, MeetingMode.IN_PERSON), area, parse(Payment.class, payment, Payment.NONE),
                needsApproval, email, phone);
        for (String language : LANGUAGES) {
            var text = textFor(language);
            if (text != null) {
                group.putText(language, text);
            } else {
                group.removeText(language);
            }
            group.replaceEasyRead(language, easyReadFor(language));
        }
        group.replaceTopicsGroupsAndSupport(topics, clientGroups, support);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E otherwise) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst().orElse(otherwise);
    }

    /** A web address name from the English name: "Carers Forum" is carers-forum. */
    String slugBase() {
        String ascii = java.text.Normalizer.normalize(words.get("en").get("name"), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "group" : slug;
    }

    public String word(String language, String part) {
        return words.get(language).get(part);
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public List<String> getParts() {
        return List.copyOf(PARTS.keySet());
    }

    public boolean hasTopic(Topic topic) {
        return topics.contains(topic);
    }

    public boolean hasClientGroup(ClientGroup group) {
        return clientGroups.contains(group);
    }

    public boolean hasSupport(Support s) {
        return support.contains(s);
    }

    public String getMode() {
        return mode;
    }

    public String getPayment() {
        return payment;
    }

    public String getArea() {
        return area;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
