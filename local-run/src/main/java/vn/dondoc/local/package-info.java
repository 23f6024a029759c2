/** Runs the whole system on one machine: broker, store and the four services in one JVM. */
package vn.dondoc.local;
