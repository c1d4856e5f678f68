package vn.ptdv.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The two exact-count tools of the generator. Neither retries or searches: each is a closed-form computation that
 * either hits its count exactly or fails at once because the request is impossible.
 */
final class Quotas {

    private Quotas() {
    }

    /**
     * Splits {@code total} into whole parts proportional to {@code weights}, each part between {@code min[i]} and
     * {@code max[i]} (largest-remainder method with caps). Every round either closes at least one capped part or
     * finishes, so it runs at most n + 1 rounds.
     */
    static int[] allocate(int total, double[] weights, int[] min, int[] max) {
        int n = weights.length;
        int[] parts = min.clone();
        int rest = total - Arrays.stream(min).sum();
        if (rest < 0 || total > Arrays.stream(max).asLongStream().sum()) {
            throw new IllegalStateException("cannot split " + total + " within " + Arrays.toString(min) + ".." + Arrays.toString(max));
        }
        boolean[] open = new boolean[n];
        for (int i = 0; i < n; i++) {
            open[i] = parts[i] < max[i] && weights[i] > 0;
        }
        while (rest > 0) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += open[i] ? weights[i] : 0;
            }
            if (sum <= 0) {
                throw new IllegalStateException("no room left for " + rest + " of " + total);
            }
            boolean capped = false;
            for (int i = 0; i < n; i++) {
                if (open[i] && parts[i] + rest * weights[i] / sum >= max[i]) {
                    rest -= max[i] - parts[i];
                    parts[i] = max[i];
                    open[i] = false;
                    capped = true;
                }
            }
            if (capped) {
                continue;
            }
            double[] remainders = new double[n];
            int given = 0;
            for (int i = 0; i < n; i++) {
                if (open[i]) {
                    double share = rest * weights[i] / sum;
                    int whole = (int) Math.floor(share);
                    parts[i] += whole;
                    given += whole;
                    remainders[i] = share - whole;
                }
            }
            int left = rest - given;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparingInt(i -> i));
            for (int k = 0; k < left; k++) {
                parts[order[k]]++;
            }
            rest = 0;
        }
        return parts;
    }

    /** {@link #allocate(int, double[], int[], int[])} with no lower bound and no cap. */
    static int[] allocate(int total, double[] weights) {
        int[] min = new int[weights.length];
        int[] max = new int[weights.length];
        Arrays.fill(max, Integer.MAX_VALUE / (weights.length + 1));
        return allocate(total, weights, min, max);
    }

    /**
     * Chooses exactly {@code count} of the candidates, each with a chance that grows with its weight (weighted
     * sampling without replacement, Efraimidis–Spirakis keys). Candidates of weight 0 are never chosen.
     */
    static <T> List<T> pick(List<T> candidates, int count, ToDoubleFunction<T> weight, SplittableRandom rng) {
        record Keyed<T>(T item, double key, int index) {
        }
        List<Keyed<T>> keyed = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            T item = candidates.get(i);
            double w = weight.applyAsDouble(item);
            double u = rng.nextDouble();
            if (w > 0) {
                keyed.add(new Keyed<>(item, Math.log(1.0 - u) / w, i));
            }
        }
        if (keyed.size() < count) {
            throw new IllegalStateException("need " + count + " but only " + keyed.size() + " candidates qualify");
        }
        keyed.sort(Comparator.<Keyed<T>>comparingDouble(k -> -k.key()).thenComparingInt(Keyed::index));
        List<T> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(keyed.get(i).item());
        }
        return chosen;
    }

    /** A uniformly random element. */
    static <T> T any(List<T> items, SplittableRandom rng) {
        return items.get(rng.nextInt(items.size()));
    }

    /** A random key of a weight table written as "key:weight,key:weight". */
    static String weighted(String table, SplittableRandom rng) {
        String[] entries = table.split(",");
        double total = 0;
        for (String e : entries) {
            total += Double.parseDouble(e.substring(e.indexOf(':') + 1));
        }
        double x = rng.nextDouble() * total;
        for (String e : entries) {
            x -= Double.parseDouble(e.substring(e.indexOf(':') + 1));
            if (x < 0) {
                return e.substring(0, e.indexOf(':')).strip();
            }
        }
        String last = entries[entries.length - 1];
        return last.substring(0, last.indexOf(':')).strip();
    }

    static double between(SplittableRandom rng, double low, double high) {
        return low + rng.nextDouble() * (high - low);
    }
}
