/// The durable store: journal, snapshots, recovery, locking and sync between processes sharing a data folder.
/// See docs/ARCHITECTURE.md for where this module sits in the one-way flow.
