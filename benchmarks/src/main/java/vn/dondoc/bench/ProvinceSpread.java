package vn.dondoc.bench;

/**
 * How the query fill spreads the stored assignments over the departments of a province: the home
 * department (the one the pipeline wrote, {@code BENCH}) and {@code departments - 1} others named after
 * it ({@code BENCH01}, {@code BENCH02}, …), each with an equal share of the target. The home department
 * keeps at least what the pipeline wrote; the others share the rest, the last one taking the remainder,
 * so that together they hold exactly the target (or what was written, when that is more).
 */
record ProvinceSpread(String home, int departments) {

    ProvinceSpread {
        if (home == null || home.isBlank() || home.contains(".")) {
            throw new IllegalArgumentException("a department code without a dot, not '" + home + "'");
        }
        if (departments < 1 || departments > 99) {
            throw new IllegalArgumentException("1 to 99 departments, not " + departments);
        }
    }

    /** Department {@code k}: 0 is the home department, then {@code HOME01}, {@code HOME02}, … */
    String department(int k) {
        if (k < 0 || k >= departments) {
            throw new IndexOutOfBoundsException("department " + k + " of " + departments);
        }
        return k == 0 ? home : home + String.format("%02d", k);
    }

    /** How many of the target department {@code k} holds, when the home department holds {@code written}. */
    long share(int k, long target, long written) {
        department(k);
        long home = Math.max(written, target / departments);
        if (k == 0) {
            return home;
        }
        long rest = Math.max(0, target - home);
        long each = rest / (departments - 1);
        return k == departments - 1 ? each + rest % (departments - 1) : each;
    }
}
