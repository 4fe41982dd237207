package org.involveportal.report;

/**
 * A part of the involvement report, added by the feature that holds its figures: a CDI bean implementing this
 * interface (for example {@code @ApplicationScoped}) is found by the report ({@code Instance<ReportSection>}) and
 * placed by {@link #order()}. Adding a part is one class: figures as counts or exact money amounts, words as bundle
 * keys; the report suppresses small counts, freezes the figures when it is published and writes the XLSX.
 *
 * <p>Orders in use: 10 involvement, 20 reach, 30 consultations and feedback, 40 "You said, we did";
 * training completed and expenses paid take 50 and 60.
 */
public interface ReportSection {

    /** Where the part comes in the report: lower first. */
    int order();

    /** The part's figures for a period, counted now from the database. */
    ReportPart part(ReportPeriod period);
}
