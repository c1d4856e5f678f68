package vn.ptdv.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ptdv.calendar.entity.CalendarDay;
import vn.ptdv.calendar.entity.CalendarYear;

/** The queries of the holiday calendar. */
@ApplicationScoped
public class CalendarRepository {

    @PersistenceContext(unitName = "ptdv")
    EntityManager em;

    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(em.find(CalendarYear.class, year));
    }

    public List<Integer> years() {
        return em.createQuery("SELECT y.year FROM CalendarYear y ORDER BY y.year", Integer.class).getResultList();
    }

    public List<CalendarYear> allYears() {
        return em.createQuery("SELECT y FROM CalendarYear y ORDER BY y.year", CalendarYear.class).getResultList();
    }

    /** Per year: {days off, weekend days worked}, one grouped query. */
    public java.util.Map<Integer, long[]> countsByYear() {
        java.util.Map<Integer, long[]> counts = new java.util.HashMap<>();
        for (Object[] r : em.createQuery("SELECT d.year, d.kind, COUNT(d) FROM CalendarDay d GROUP BY d.year, d.kind",
                Object[].class).getResultList()) {
            counts.computeIfAbsent((Integer) r[0], k -> new long[2])[r[1] == vn.ptdv.calendar.entity.DayKind.OFF ? 0 : 1]
                    = (Long) r[2];
        }
        return counts;
    }

    public List<CalendarDay> days(int year) {
        return em.createQuery("SELECT d FROM CalendarDay d WHERE d.year = :y ORDER BY d.date", CalendarDay.class)
                .setParameter("y", year).getResultList();
    }

    public List<CalendarDay> allDays() {
        return em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.date", CalendarDay.class).getResultList();
    }

    /** Removes the listed days of a year (before the year's new list is stored). */
    public void deleteDays(int year) {
        em.createQuery("DELETE FROM CalendarDay d WHERE d.year = :y").setParameter("y", year).executeUpdate();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public boolean exists(LocalDate day) {
        return em.find(CalendarDay.class, day) != null;
    }
}
