package vn.ngoso.sync;

/**
 * One record of a batch as it arrived: read ({@link SyncRecord}), or not readable
 * ({@link UnreadableRecord}). A batch is read record by record, so that one bad record is refused
 * alone and never holds back the others (the phone would send the whole batch again forever).
 */
public sealed interface Sent permits SyncRecord, UnreadableRecord {
}
