package vn.ptdv.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One year of the calendar: the announcement it follows (source), who last changed it and when. */
@Entity
@Table(name = "cal_year")
public class CalendarYear {

    @Id
    @Column(name = "cal_year")
    private int year;
    @Column(nullable = false, length = 1000)
    private String source;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    @Version
    private int version;

    protected CalendarYear() {
    }

    public CalendarYear(int year) {
        this.year = year;
    }

    public void set(String source, String by) {
        this.source = source;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public int getYear() {
        return year;
    }

    public String getSource() {
        return source;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
