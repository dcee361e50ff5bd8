//! The seed article of `../shared/samples/` (article date 2025-05-05):
//! its visit, reception and talks carry the dates and places a reader gives
//! them. Skipped with a note where `../shared/` is absent (a user's clone).

use dyad_extract::{Article, ArticleId, EventRecord, Pipeline};
use std::path::Path;

fn seed_events() -> Option<(Vec<EventRecord>, Vec<String>)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/samples/seed-article.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} not found; seed-article test skipped", path.display());
        return None;
    };
    let article = Article {
        id: ArticleId::from_content(&text),
        date: None,
        title: None,
        text,
        url: None,
        source: None,
        origin: "seed".into(),
    };
    let done = Pipeline::new().process(&article);
    let times = done
        .records()
        .into_iter()
        .flat_map(|s| s.times)
        .map(|t| format!("{} -> {} {}", t.text, t.date, t.precision))
        .collect();
    Some((done.event_records(false), times))
}

fn find<'a>(events: &'a [EventRecord], trigger: &str) -> Vec<&'a EventRecord> {
    events.iter().filter(|e| e.trigger_text.eq_ignore_ascii_case(trigger)).collect()
}

#[test]
fn seed_article_events_carry_their_dates_and_places() {
    let Some((events, times)) = seed_events() else { return };

    // Xi's visit: May 2025, Moscow.
    let visits = find(&events, "visit");
    assert!(!visits.is_empty(), "no visit coded: {events:#?}");
    for v in &visits {
        assert!(v.date.as_deref().is_some_and(|d| d.starts_with("2025-05")), "{v:?}");
        assert_eq!(v.location.as_ref().map(|l| l.name.as_str()), Some("Moscow"), "{v:?}");
    }

    // The Spanish prime minister's reception: April 2025, Beijing.
    let reception = find(&events, "reception");
    assert_eq!(reception.len(), 1, "{events:#?}");
    assert_eq!(reception[0].date.as_deref(), Some("2025-04-01"));
    assert_eq!(reception[0].date_precision, "month");
    assert_eq!(reception[0].location.as_ref().map(|l| (l.name.as_str(), l.country.as_str())), Some(("Beijing", "CHN")));

    // "A few weeks earlier" than April: the trilateral meeting, before April 2025.
    let met = find(&events, "met");
    assert!(!met.is_empty());
    for m in &met {
        assert!(m.date.as_deref().is_some_and(|d| d < "2025-04-01"), "{m:?}");
        assert_eq!(m.date_precision, "week");
    }

    // "Last month" is April 2025.
    assert!(times.iter().any(|t| t == "Last month -> 2025-04-01 month"), "{times:?}");
    // Nothing negated or hypothetical is among the default events.
    assert!(events.iter().all(|e| !e.negated && !e.hypothetical));
}
