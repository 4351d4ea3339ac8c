//! The background work a test's app does not start on its own: each method runs the passes
//! of a worker (or waits on the indexer's own reports), so a test asserts on what the work
//! did instead of polling until a loop got round to it.

use super::TestApp;

impl TestApp {
    /// Waits until the search index has applied every outbox row (what `/readyz` reports),
    /// woken by each report of the indexer, at most 20 s.
    pub async fn index_caught_up(&self) {
        let progress = &self.search.progress;
        let mut reports = progress.watch();
        loop {
            let now = self.background.job.clock.now();
            let lag = app::search::outbox::lag(&self.db, &progress.get(), now)
                .await
                .expect("the index's lag");
            if lag.pending == 0 {
                return;
            }
            tokio::time::timeout(std::time::Duration::from_secs(20), reports.changed())
                .await
                .expect("the search index did not catch up within 20 s")
                .expect("the indexer reports");
        }
    }

    /// Sends the mail that is due now, as one pass of the mail worker would; how many
    /// messages it took.
    pub async fn send_mail(&self) -> usize {
        let mail = self.background.mail.clone();
        self.background.pass(mail).await.expect("sending mail")
    }

    /// Sends the mail that is due and returns the n-th .eml file in the outbox with
    /// quoted-printable soft line breaks removed (for searching bodies; a MIME parser wants
    /// [`Self::raw_eml`]).
    pub async fn eml(&self, n: usize) -> String {
        self.raw_eml(n).await.replace("=\r\n", "")
    }

    /// Sends the mail that is due and returns the n-th .eml file in the outbox as written.
    pub async fn raw_eml(&self, n: usize) -> String {
        self.send_mail().await;
        let dir = self.data_dir.path().join("outbox");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "eml"));
        files.sort();
        match files.get(n - 1) {
            Some(path) => std::fs::read_to_string(path).expect("read .eml"),
            None => panic!("{} .eml files in {}, not {n}", files.len(), dir.display()),
        }
    }

    /// Extracts the text of every file that waits for it, as passes of the extraction worker
    /// would.
    pub async fn extract_files(&self) {
        let background = &self.background;
        while background
            .pass(background.extract.clone())
            .await
            .expect("extracting")
            > 0
        {}
    }
}
