/** The reporting vocabulary of Đôn Đốc shared by task-service and reporting-service (ADR 0007): periods, keys, timeframe kinds, columns and who counts in a period. */
package vn.dondoc.vocabulary;
