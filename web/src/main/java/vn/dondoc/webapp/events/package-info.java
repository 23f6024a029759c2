/** "Luồng sự kiện": the event feed the province reads, described from docs/asyncapi.yaml. */
package vn.dondoc.webapp.events;
