/** "Việc của đơn vị": a unit's open work and the assignment page with its actions. */
package vn.dondoc.webapp.work;
