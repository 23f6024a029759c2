/** HTTP API of drafts: import a document, read the draft and its findings, correct tasks and header, issue. */
package vn.dondoc.plan.draft.web;
