/** Who may see and do what to an assignment: the actor of a token, the department walls, the permission rules. */
package vn.dondoc.task.access;
