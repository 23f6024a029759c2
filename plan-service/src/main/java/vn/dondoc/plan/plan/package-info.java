/** Plans of a department: registration, amendment, withdrawal, storage and their events ({@code plan-issued}, {@code plan-amended}, {@code plan-withdrawn}). */
package vn.dondoc.plan.plan;
