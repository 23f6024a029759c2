/** "Kế hoạch": the list, importing a document into a draft and issuing it, the plan page and withdrawal. */
package vn.dondoc.webapp.plans;
