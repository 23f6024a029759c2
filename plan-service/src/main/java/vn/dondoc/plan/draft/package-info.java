/** Drafts made by importing a plan document: the office corrects them, then issues them as plans. */
package vn.dondoc.plan.draft;
