package lv.balticom.privacy.core.internal.audit;

/**
 * The ledger's last entry, kept in one row that every append locks: the lock orders appends across
 * threads and instances, and the row shows if entries at the end were deleted.
 *
 * @param lastSeq the last entry's sequence number (0 before the first)
 * @param lastHash the last entry's hash
 */
record ChainHead(long lastSeq, String lastHash) {
}
