package vn.ptdv.demo;

import java.time.LocalDate;

/**
 * The organisation's OWN members on a date (a cell's members). A committee's figure is the sum over its subtree; the
 * demo gives committees no members of their own, so it has no record for them.
 */
public record MembershipSeed(String organizationCode, LocalDate asOf, int total, int women, int minorities, int probationary) {
}
