package vn.ptdv.training.api;

/** A class is open (learners, attendance, results, certificates) until it is closed. */
public enum ClassStatus { OPEN, CLOSED }
