package vn.dondoc.plan.importing;

import java.time.LocalDate;
import vn.dondoc.plan.directory.Roster;

/** Where the importer gets a department's units as of the plan's issue date. */
@FunctionalInterface
public interface RosterSource {

    Roster rosterOf(String departmentCode, LocalDate asOf);
}
