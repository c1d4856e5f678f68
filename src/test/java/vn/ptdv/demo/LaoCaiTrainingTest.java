package vn.ptdv.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ptdv.training.api.Audience;
import vn.ptdv.training.api.TrainingRegistry.NewClass;
import vn.ptdv.training.api.TrainingRegistry.NewLearner;

/** The demo's training plan: every admission holds a valid certificate at its decision, and a new-member course. */
class LaoCaiTrainingTest {

    private static DemoDataset data;
    private static LaoCaiTraining.AwarenessPlan plan;

    @BeforeAll
    static void generate() {
        data = LaoCaiDemoGenerator.generate();
        plan = LaoCaiTraining.awareness(data);
    }

    @Test
    void everyAdmissionHasAnAwarenessCertificateIssuedBeforeItsDecisionAndStillValid() {
        Map<String, LocalDate> issued = new HashMap<>();
        Map<String, String> holder = new HashMap<>();
        for (NewClass c : plan.classes()) {
            for (NewLearner l : c.learners()) {
                if (l.certificateNumber() != null) {
                    assertTrue(issued.put(l.certificateNumber(), c.endDate()) == null, "numbers are unique");
                    holder.put(l.certificateNumber(), l.fullName() + "|" + l.birthDate());
                }
            }
            String expected = c.startDate().isBefore(LaoCaiTraining.AWARENESS_2024_ISSUED) ? "98-HD/BTGTU" : "146-HD/BTGTU";
            assertEquals(expected, c.guideNumber());
        }
        assertEquals(data.admissions().size(), plan.certificates().size());
        for (int i = 0; i < data.admissions().size(); i++) {
            AdmissionSeed a = data.admissions().get(i);
            String number = plan.certificates().get(i);
            assertNotNull(number, a.decisionNumber());
            LocalDate on = issued.get(number);
            assertFalse(on.isAfter(a.decisionDate().minusDays(LaoCaiTraining.GAP_DAYS)), number);
            assertTrue(a.decisionDate().isBefore(on.plusMonths(60)), number);
            assertEquals(a.fullName() + "|" + a.birthDate(), holder.get(number));
        }
    }

    @Test
    void classesHaveCandidatesWhoFailedAndTheBaoThangSchoolClass() {
        long failed = plan.classes().stream().flatMap(c -> c.learners().stream()).filter(l -> l.certificateNumber() == null).count();
        assertTrue(failed > 100, "failed candidates: " + failed);
        NewClass school = plan.classes().stream().filter(c -> c.audience() == Audience.PUPILS_STUDENTS).findFirst().orElseThrow();
        assertEquals("LC-BT", school.organizationCode());
        assertEquals("Trường THPT số 1 Bảo Thắng", school.place());
        assertEquals("Trung tâm Chính trị huyện Bảo Thắng", school.organiserName());
        assertTrue(school.learners().size() >= 20);
        assertTrue(school.learners().stream().anyMatch(l -> l.certificateNumber() == null));
        assertTrue(school.learners().stream().anyMatch(l -> !l.absentSessions().isEmpty()));
        assertTrue(plan.classes().stream().allMatch(c -> !c.learners().isEmpty()), "no empty class");
    }

    @Test
    void nobodyIsInTwoOverlappingClassesOfOneKind() {
        Map<String, List<LocalDate[]>> seen = new HashMap<>();
        for (NewClass c : plan.classes()) {
            for (NewLearner l : c.learners()) {
                String key = vn.ptdv.shared.VietnameseText.fold(l.fullName()) + "|" + l.birthDate();
                for (LocalDate[] p : seen.getOrDefault(key, List.of())) {
                    assertTrue(p[1].isBefore(c.startDate()) || p[0].isAfter(c.endDate()), key);
                }
                seen.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(new LocalDate[] {c.startDate(), c.endDate()});
            }
        }
    }

    @Test
    void everyAdmissionTakesTheNewMemberCourseDuringItsProbation() {
        Map<String, Long> ids = new HashMap<>();
        Map<Long, AdmissionSeed> byId = new HashMap<>();
        for (int i = 0; i < data.admissions().size(); i++) {
            ids.put(data.admissions().get(i).decisionNumber(), (long) i);
            byId.put((long) i, data.admissions().get(i));
        }
        List<NewClass> classes = LaoCaiTraining.newMember(data, ids);
        Set<Long> done = new HashSet<>();
        for (NewClass c : classes) {
            for (NewLearner l : c.learners()) {
                AdmissionSeed a = byId.get(l.admissionId());
                assertTrue(done.add(l.admissionId()));
                assertFalse(c.startDate().isBefore(a.ceremonyDate()));
                assertFalse(c.endDate().isAfter(a.ceremonyDate().plusMonths(12)));
                assertNotNull(l.certificateNumber());
            }
        }
        assertEquals(data.admissions().size(), done.size());
        assertTrue(classes.stream().anyMatch(c -> c.guideNumber().equals("147-HD/BTGTU") && c.startDate().getYear() == 2024));
    }
}
