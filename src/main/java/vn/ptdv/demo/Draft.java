package vn.ptdv.demo;

import java.time.LocalDate;
import vn.ptdv.admission.api.Gender;
import vn.ptdv.admission.api.GeneralEducation;
import vn.ptdv.admission.api.Occupation;
import vn.ptdv.admission.api.PoliticalTheory;
import vn.ptdv.admission.api.ProfessionalQualification;

/** An admission being generated: the attributes are filled step by step (null = not decided yet). */
final class Draft {

    final int index;
    final Unit cell;
    final int year;
    final LocalDate decisionDate;
    final LocalDate ceremonyDate;
    Occupation occupation;
    Gender gender;
    Boolean minority;
    String ethnicityCode;
    Boolean young;
    int ageMonths;
    LocalDate birthDate;
    ProfessionalQualification qualification;
    GeneralEducation education;
    boolean educationAreaException;
    String religion;
    boolean youthUnionMember;
    PoliticalTheory politicalTheory;
    String fullName;
    String decisionNumber;

    Draft(int index, Unit cell, int year, LocalDate decisionDate, LocalDate ceremonyDate) {
        this.index = index;
        this.cell = cell;
        this.year = year;
        this.decisionDate = decisionDate;
        this.ceremonyDate = ceremonyDate;
    }

    Setting setting() {
        return cell.setting;
    }

    /**
     * A village of a rural commune (xã): where the primary-education exception of 01-HD/TW §1.2 can apply (every
     * rural commune of Lào Cai is a mountainous one).
     */
    boolean inMountainCommune() {
        return cell.setting == Setting.VILLAGE && cell.parent.name.startsWith("Đảng bộ xã ");
    }

    boolean is(Occupation o) {
        return occupation == o;
    }

    AdmissionSeed toSeed() {
        return new AdmissionSeed(fullName, gender, birthDate, ethnicityCode, religion, education, qualification,
                politicalTheory, occupation, youthUnionMember, cell.code, decisionNumber, decisionDate, ceremonyDate,
                educationAreaException);
    }
}
