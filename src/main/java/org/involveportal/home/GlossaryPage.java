package org.involveportal.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The words residents meet, in the order the glossary explains them. Each is a bundle key prefix
 * ({@code glossary.<term>.term}, {@code .meaning}) and the anchor other pages link to
 * ({@code <i:term term="carer">carers</i:term>}).
 */
@Named
@ApplicationScoped
public class GlossaryPage {

    public static final List<String> TERMS = List.of(
            "serviceUser", "carer", "involvement", "ladder", "coProduction", "forum", "taskAndFinish",
            "consultation", "easyRead", "youSaidWeDid", "seldomHeard", "anonymous");

    public List<String> getTerms() {
        return TERMS;
    }
}
