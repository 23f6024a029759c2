/** Groups what a unit should be emailed — a plan's assignments, or a day's news — into one message. */
package vn.dondoc.notification.digest;
