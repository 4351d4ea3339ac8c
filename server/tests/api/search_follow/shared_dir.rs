//! Two processes sharing one index directory: the one holding its lock writes, the other reads
//! the same files and sees each commit; when the writer stops, the reader takes the lock over
//! and goes on following the outbox.

use super::{Process, letter, on_both, temp_dir, until_found, word};
use crate::helpers::{Backend, bare_database};

on_both!(
    the_reader_of_a_shared_index_takes_over_when_the_writer_stops,
    takes_over
);
async fn takes_over(backend: Backend) {
    let bare = bare_database(backend).await;
    let ((_a, a_dir), (_b, b_dir)) = (temp_dir(), temp_dir());
    let shared = a_dir.join("index");
    let writer = Process::start(&bare.url, &a_dir, Some(&shared));
    writer.caught_up().await;
    let reader = Process::start(&bare.url, &b_dir, Some(&shared));
    assert_eq!(writer.lag().await["writes"], true);
    assert_eq!(reader.lag().await["writes"], false);

    letter(&bare.db, &a_dir, &word(50)).await;
    until_found(&writer.address, &word(50), 1).await;
    until_found(&reader.address, &word(50), 1).await;

    writer.kill();
    letter(&bare.db, &a_dir, &word(51)).await;
    until_found(&reader.address, &word(51), 1).await;
    assert_eq!(reader.lag().await["writes"], true);
    reader.caught_up().await;
}
