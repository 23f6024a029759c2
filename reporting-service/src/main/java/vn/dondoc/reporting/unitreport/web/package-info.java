/** HTTP API of unit report submission, with Vietnamese problem details. */
package vn.dondoc.reporting.unitreport.web;
