/** HTTP API of unit contacts, with Vietnamese problem details for invalid addresses. */
package vn.dondoc.notification.contact.web;
