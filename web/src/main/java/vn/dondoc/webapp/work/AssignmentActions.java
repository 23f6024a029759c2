package vn.dondoc.webapp.work;

import vn.dondoc.webapp.security.SignedInUser;
import vn.dondoc.webapp.services.Assignment;

/**
 * Which buttons a person sees on an assignment: what their role may do in its current state. The
 * services decide again on every call; this only avoids offering what would be refused.
 */
public record AssignmentActions(boolean acknowledge, boolean refuse, boolean progress, boolean submit,
        boolean askExtension, boolean note, boolean review, boolean decideExtension, boolean remind) {

    public static AssignmentActions of(SignedInUser.Profile me, Assignment assignment) {
        boolean own = me.unit() != null && me.unit().equals(assignment.unitCode());
        boolean lead = own && assignment.lead();
        String status = assignment.status();
        boolean workable = lead && assignment.workable();
        boolean directs = directedBy(me, assignment);
        return new AssignmentActions(
                lead && "NOT_STARTED".equals(status),
                lead && ("NOT_STARTED".equals(status) || "IN_PROGRESS".equals(status)),
                workable,
                workable,
                workable && assignment.dueDate() != null && assignment.pendingExtension() == null
                        && assignment.approvedExtensions() < Assignment.EXTENSION_LIMIT,
                own && !"WITHDRAWN".equals(status),
                directs && "SUBMITTED".equals(status),
                directs && assignment.pendingExtension() != null,
                directs && assignment.open());
    }

    /**
     * Whoever issued the plan directs its assignments (accepts results, decides extensions, reminds):
     * the department's office and leadership, the provincial office those of the plans of UBND tỉnh.
     */
    public static boolean directedBy(SignedInUser.Profile me, Assignment assignment) {
        return assignment.ofProvincialPlan() ? me.isProvince() : me.directs();
    }

    public boolean any() {
        return acknowledge || refuse || progress || submit || askExtension || note || review || decideExtension
                || remind;
    }
}
