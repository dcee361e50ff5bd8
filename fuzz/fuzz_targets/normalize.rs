//! Property: for any text, the original is rebuilt from the repaired text
//! plus the repairs, and every span of the repaired text maps onto char
//! boundaries of the original.
#![no_main]

use dyad_normalize::{Normalizer, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn normalizer() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(|| Normalizer::builder().names(["China", "Xi", "Kremlin", "Korea", "NATO", "Poutine"]).build())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let out = normalizer().normalize(&text);
    assert_eq!(out.rebuild_original(), text);
    let t = out.text();
    let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
    for w in bounds.windows(2).step_by(3) {
        let sp = out.to_original(Span::new(w[0], w[1]));
        assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
    }
});
