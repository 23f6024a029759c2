/** What every endpoint of the service shares on the web side: the problem detail of an invalid list page. */
package vn.dondoc.reporting.web;
