package vn.dondoc.plan.importing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dondoc.plan.directory.NameResolution;

/**
 * The units of one task with one role each: a unit named explicitly wins over a group, lead wins
 * over coordinator, and a group in the lead cell does not take units named as coordinators.
 *
 * @param designations phrases the office must turn into units ("Các phòng, đơn vị có liên quan")
 * @param unknownNames names the directory does not know
 */
public record TaskUnits(List<String> leadUnits, List<String> coordinatorUnits, List<String> leadDesignations,
        List<String> coordinatorDesignations, List<String> unknownNames) {

    public TaskUnits {
        leadUnits = List.copyOf(leadUnits);
        coordinatorUnits = List.copyOf(coordinatorUnits);
        leadDesignations = List.copyOf(leadDesignations);
        coordinatorDesignations = List.copyOf(coordinatorDesignations);
        unknownNames = List.copyOf(unknownNames);
    }

    static TaskUnits assign(List<NameResolution> lead, List<NameResolution> coordinator) {
        Set<String> explicitLead = codes(lead, NameResolution.Kind.UNIT);
        Set<String> explicitCoordinator = codes(coordinator, NameResolution.Kind.UNIT);
        Set<String> leads = new LinkedHashSet<>();
        for (NameResolution name : lead) {
            for (String code : name.unitCodes()) {
                if (name.kind() == NameResolution.Kind.UNIT || !explicitCoordinator.contains(code)) {
                    leads.add(code);
                }
            }
        }
        Set<String> coordinators = new LinkedHashSet<>();
        for (NameResolution name : coordinator) {
            for (String code : name.unitCodes()) {
                if (!leads.contains(code) && (name.kind() == NameResolution.Kind.UNIT || !explicitLead.contains(code))) {
                    coordinators.add(code);
                }
            }
        }
        return new TaskUnits(List.copyOf(leads), List.copyOf(coordinators), texts(lead, NameResolution.Kind.NEEDS_DESIGNATION),
                texts(coordinator, NameResolution.Kind.NEEDS_DESIGNATION),
                java.util.stream.Stream.concat(texts(lead, NameResolution.Kind.UNKNOWN).stream(),
                        texts(coordinator, NameResolution.Kind.UNKNOWN).stream()).toList());
    }

    private static Set<String> codes(List<NameResolution> names, NameResolution.Kind kind) {
        Set<String> codes = new LinkedHashSet<>();
        names.stream().filter(name -> name.kind() == kind).forEach(name -> codes.addAll(name.unitCodes()));
        return codes;
    }

    private static List<String> texts(List<NameResolution> names, NameResolution.Kind kind) {
        return names.stream().filter(name -> name.kind() == kind).map(NameResolution::text).toList();
    }
}
