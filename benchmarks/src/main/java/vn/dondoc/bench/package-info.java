/** Benchmarks of the whole embedded stack against the raw broker, and of the hot pure code. */
package vn.dondoc.bench;
