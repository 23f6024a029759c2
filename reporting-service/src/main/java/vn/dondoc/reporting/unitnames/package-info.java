/** The names of the units and departments, from plan-service's directory, for what people read. */
package vn.dondoc.reporting.unitnames;
