//! The whole text path on arbitrary input: no panic, and every span of the
//! output lies on char boundaries of the original text.

use dyad_extract::{Article, ArticleId, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::new)
}

/// The pipeline with the PETRARCH validation dictionaries (imported
/// patterns with words before the verb, compounds, paired codes, actors
/// with several codes), when `../shared/` is here.
fn imported() -> Option<&'static Pipeline> {
    static P: OnceLock<Option<Pipeline>> = OnceLock::new();
    P.get_or_init(|| {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dictionaries/petr2_validate");
        dir.is_dir().then(|| Pipeline::builder().dictionaries(dyad_extract::DictionarySet::load(&[dir], false)).build())
    })
    .as_ref()
}

fn check(text: &str) {
    check_with(pipeline(), text);
    if let Some(p) = imported() {
        check_with(p, text);
    }
}

fn check_with(pipeline: &Pipeline, text: &str) {
    let article = Article {
        id: ArticleId::from_content(text),
        date: Some("2020-01-01".into()),
        title: None,
        text: text.to_string(),
        url: None,
        source: None,
        origin: "proptest".into(),
    };
    let done = pipeline.process(&article);
    for s in done.sentences() {
        assert!(text.is_char_boundary(s.original.start) && text.is_char_boundary(s.original.end));
    }
    for e in done.event_records(true) {
        let extra = e.date_span.into_iter().chain(e.location.as_ref().map(|l| l.span));
        for span in [e.trigger, e.source.span, e.sentence_span].into_iter().chain(extra) {
            assert!(span.end <= text.len() && text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
    let _ = done.records();
}

/// News-like fragments, to make actors and verbs likely.
fn newsy() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "China",
        "Chinas",
        "XIS",
        "Russian",
        "officials",
        "troops",
        "attacked",
        "met",
        "signed",
        "an",
        "agreement",
        "with",
        "Moscow",
        "the",
        "Kremlin",
        "did",
        "not",
        "could",
        "said",
        "that",
        "and",
        ",",
        ".",
        "aMutual",
        "PactWith",
        "Koreamet",
        "U.S.",
        "Mr.",
        "Jan.",
        "5",
        "-",
        "\n",
        "\u{201C}",
        "\u{2019}s",
        "é",
        "\u{301}",
        "\0",
        "\t",
        "  ",
        "by",
        "was",
        "to",
        "visit",
        "Xi",
        "Putin",
        "sanctions",
        "on",
        "Iran",
        "refused",
        "would",
        "May",
        "9",
        "9th",
        "2025",
        "2025-04-14",
        "14.04.2025",
        "4/14/2025",
        "last",
        "week",
        "ago",
        "two",
        "days",
        "later",
        "a few weeks earlier",
        "mid-March",
        "Tuesday",
        "the day before",
        "in",
        "Paris",
        "Texas",
        "Georgia",
        "KYIV",
        "(Reuters)",
        "Cox's",
        "Bazar",
        "Rio de",
        "St.",
        "Arnor",
        "Gondor",
        "the Shire",
        "Lorien",
        "won't",
        "ever",
        "clash",
        "over",
        "efforts",
        "agree",
        "indicated",
        "cordoned off",
    ]);
    prop::collection::vec(words, 0..60).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn newsy_text_never_panics(s in newsy()) {
        check(&s);
    }
}
