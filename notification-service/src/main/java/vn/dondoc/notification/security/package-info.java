/** Who may call the notification API: bearer tokens (JWT) with roles and a unit, answered with Vietnamese problem details. */
package vn.dondoc.notification.security;
