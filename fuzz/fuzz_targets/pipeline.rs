//! The whole text path (normalize, segment, actors, events) on arbitrary
//! bytes: no panic, and every output span on char boundaries.
#![no_main]

use dyad_extract::{Article, ArticleId, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static P: OnceLock<Pipeline> = OnceLock::new();
    let text = String::from_utf8_lossy(data).into_owned();
    let article = Article {
        id: ArticleId::from_content(&text),
        date: Some("2020-01-01".into()),
        title: None,
        text: text.clone(),
        url: None,
        source: None,
        origin: "fuzz".into(),
    };
    let done = P.get_or_init(Pipeline::new).process(&article);
    for e in done.event_records(true) {
        for span in [e.trigger, e.source.span, e.sentence_span] {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
});
