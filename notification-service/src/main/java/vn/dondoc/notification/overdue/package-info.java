/** Reminds a unit every week while its assignment stays overdue, once per week and assignment. */
package vn.dondoc.notification.overdue;
