package vn.ptdv.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the calendar lists, with its name ("Tết Nguyên đán", "Làm bù cho ngày 29/4"). */
@Entity
@Table(name = "cal_day")
public class CalendarDay {

    @Id
    @Column(name = "day_date")
    private LocalDate date;
    @Column(name = "cal_year", nullable = false)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;
    @Column(name = "day_name", nullable = false, length = 200)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, DayKind kind, String name) {
        this.date = date;
        this.year = date.getYear();
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getYear() {
        return year;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
