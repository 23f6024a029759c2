/** HTTP API of the unit directory: list, put one unit, load a roster file. */
package vn.dondoc.plan.directory.web;
