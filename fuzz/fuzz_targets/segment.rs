//! Property: sentence and token spans are ordered, non-empty and on char
//! boundaries, for any text.
#![no_main]

use dyad_segment::{Segmenter, tokens};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last = 0;
    for s in Segmenter::new().sentences(&text) {
        assert!(s.start >= last && s.start < s.end);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let mut tl = s.start;
        for t in tokens(&text, s) {
            assert!(t.span.start >= tl && t.span.end <= s.end);
            tl = t.span.end;
        }
        last = s.end;
    }
});
