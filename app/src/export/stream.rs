//! A text download streamed in batches: the head, one chunk per batch read after a cursor,
//! then the tail. The database is read as the client takes the bytes.

use std::future::Future;

use axum::body::Bytes;
use futures_util::{Stream, stream};

use crate::error::AppError;

/// One batch's bytes and the cursor after it; `None` once the rows are done.
pub type Batch<C> = Option<(Vec<u8>, C)>;

enum Phase<C> {
    Head(Vec<u8>),
    Rows { after: C, first: bool },
}

/// `head`, then `next(after, first)` for each batch from `C::default()` until it answers
/// `None`, then `tail`. A failure half-way is logged and ends the download with an error.
pub fn batched<C, F, Fut>(
    head: Vec<u8>,
    tail: Vec<u8>,
    next: F,
) -> impl Stream<Item = Result<Bytes, std::io::Error>>
where
    C: Default + Send + 'static,
    F: Fn(C, bool) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<Batch<C>, AppError>> + Send,
{
    stream::unfold(Some(Phase::Head(head)), move |phase| {
        let (next, tail) = (next.clone(), tail.clone());
        async move {
            let (after, first) = match phase? {
                Phase::Head(head) => {
                    let rows = Phase::Rows {
                        after: C::default(),
                        first: true,
                    };
                    return Some((Ok(Bytes::from(head)), Some(rows)));
                }
                Phase::Rows { after, first } => (after, first),
            };
            match next(after, first).await {
                Ok(Some((bytes, after))) => {
                    let rows = Phase::Rows {
                        after,
                        first: false,
                    };
                    Some((Ok(Bytes::from(bytes)), Some(rows)))
                }
                Ok(None) => Some((Ok(Bytes::from(tail)), None)),
                Err(error) => {
                    tracing::error!(%error, "an export stopped half-way");
                    Some((Err(std::io::Error::other("the export stopped")), None))
                }
            }
        }
    })
}
