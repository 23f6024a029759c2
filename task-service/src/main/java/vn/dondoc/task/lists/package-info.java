/** The assignment lists, a page at a time from the store, behind the reader's wall. */
package vn.dondoc.task.lists;
