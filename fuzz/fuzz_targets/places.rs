//! Property: any text is searched for places without panicking, and every
//! mention has candidates and a span on char boundaries.
#![no_main]

use dyad_geo::{Gazetteer, PlaceFinder};
use dyad_types::Span;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn finder() -> &'static PlaceFinder {
    static F: OnceLock<PlaceFinder> = OnceLock::new();
    F.get_or_init(|| PlaceFinder::new(Gazetteer::builtin(), dyad_lexicon::Lexicon::builtin()))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for m in finder().find(&text, Span::new(0, text.len()), true, &[]) {
        assert!(!m.candidates.is_empty());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        let _ = finder().resolve(&m, &[*b"USA"]);
    }
});
