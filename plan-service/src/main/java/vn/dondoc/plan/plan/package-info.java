/** Plans of a department: registration, storage and the {@code plan-issued} event. */
package vn.dondoc.plan.plan;
