/** Who may call the task API: bearer tokens (JWT) with roles and a unit, answered with Vietnamese problem details. */
package vn.dondoc.task.security;
