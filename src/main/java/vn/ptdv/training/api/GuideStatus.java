package vn.ptdv.training.api;

/** A guide is in force until a later guide supersedes it (the old one stays readable, linked to its successor). */
public enum GuideStatus { IN_FORCE, SUPERSEDED }
