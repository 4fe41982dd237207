package org.involveportal.response;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.involveportal.platform.NotOnPublicPages;

/**
 * That a signed-in resident sent a complete response to a consultation on a (London) day, for their involvement
 * history. It names neither the response nor any answer, and nothing joins it to them: it is only counted.
 */
@Entity
@Table(name = "consultation_answered")
@NotOnPublicPages
public class ConsultationAnswered {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    protected ConsultationAnswered() {
        // for JPA
    }

    ConsultationAnswered(long residentId, long consultationId, LocalDate answeredOn) {
        this.residentId = residentId;
        this.consultationId = consultationId;
        this.answeredOn = answeredOn;
    }

    public long getResidentId() {
        return residentId;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}
