package org.involveportal.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One theme of a plan ("Safeguarding vulnerable adults", "Objective 1: ..."), in the plan's order. */
@Entity
@Table(name = "action_plan_theme")
public class PlanTheme {

    public static final int TITLE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    protected PlanTheme() {
        // for JPA
    }

    public PlanTheme(long planId, int position, String title) {
        this.planId = planId;
        this.position = position;
        this.title = title.strip();
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }
}
