/** Who may call the reporting API: bearer tokens (JWT) with roles and a unit, answered with Vietnamese problem details. */
package vn.dondoc.reporting.security;
