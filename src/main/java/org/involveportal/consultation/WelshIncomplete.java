package org.involveportal.consultation;

import java.util.List;

/** Publishing refused under the Welsh Language Standards, saying which Welsh is still missing. */
public class WelshIncomplete extends ConsultationRuleViolation {

    private static final long serialVersionUID = 1L;

    private final List<WelshGap> gaps;

    public WelshIncomplete(List<WelshGap> gaps) {
        super("consultation.rule.welshIncomplete");
        this.gaps = List.copyOf(gaps);
    }

    public List<WelshGap> gaps() {
        return gaps;
    }
}
