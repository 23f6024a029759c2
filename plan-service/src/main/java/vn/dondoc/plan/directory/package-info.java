/** The units of each department (phòng, trung tâm, văn phòng) with their names, aliases and validity, and how plan text names them. */
package vn.dondoc.plan.directory;
