/** The integration events that services exchange through Kafka, and the topics they travel on. */
package vn.dondoc.contracts;
