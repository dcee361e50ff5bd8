//! Property: any text scans without panicking against any article date,
//! every expression's span lies on char boundaries inside the sentence,
//! and every resolved date is a real day.
#![no_main]

use dyad_dates::{Day, TimeScanner};
use dyad_types::Span;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    // Article dates across the calendar's range, leap days included.
    let anchor = Day::from_ymd(1900 + i32::from(first), 2, 28).unwrap_or(Day::from_ymd(2000, 2, 29).unwrap());
    let mut scanner = TimeScanner::new(anchor);
    let whole = Span::new(0, text.len());
    for e in scanner.scan(&text, whole) {
        assert!(e.span.end <= text.len());
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        let (y, m, d) = e.date.ymd();
        assert_eq!(Day::from_ymd(y, m, d), Some(e.date));
    }
});
