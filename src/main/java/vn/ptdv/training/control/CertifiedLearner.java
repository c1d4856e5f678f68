package vn.ptdv.training.control;

import vn.ptdv.training.entity.Learner;
import vn.ptdv.training.entity.TrainingClass;

/** A learner who holds a certificate, with the class that issued it. */
public record CertifiedLearner(Learner learner, TrainingClass trainingClass) {
}
