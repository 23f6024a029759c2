package vn.dondoc.faults;

import java.util.List;

/**
 * One scenario's result: its name, what happened (in words, with the figures) and what failed.
 *
 * @param details  figures a reader of {@code docs/reliability.md} wants, one line each
 * @param failures the checks that did not hold (empty: passed)
 */
record Outcome(String scenario, List<String> details, List<String> failures) {

    boolean passed() {
        return failures.isEmpty();
    }
}
