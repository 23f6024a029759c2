/** The parts of bearer-token security that all services share: who is calling, the walls between departments, problem details. */
package vn.dondoc.security;
