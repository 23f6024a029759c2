/** Who may call the plan API: bearer tokens (JWT) with roles and a unit, answered with Vietnamese problem details. */
package vn.dondoc.plan.security;
