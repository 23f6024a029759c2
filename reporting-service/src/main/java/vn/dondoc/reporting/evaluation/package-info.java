/** Evaluating units (đánh giá, xếp loại): a score per unit and period from its lead figures, ranked per department. */
package vn.dondoc.reporting.evaluation;
