package vn.dondoc.contracts;

/** The role a unit holds on a task: chủ trì (lead) or phối hợp (coordinator). */
public enum AssignmentRole {
    LEAD,
    COORDINATOR
}
