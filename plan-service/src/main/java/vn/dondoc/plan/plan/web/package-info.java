/** HTTP API of plans: register (JSON), read one, list a department's plans. */
package vn.dondoc.plan.plan.web;
