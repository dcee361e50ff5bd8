use super::*;
use proptest::prelude::*;

fn norm() -> Normalizer {
    Normalizer::builder()
        .names([
            "China",
            "Xi",
            "Poutine",
            "Kremlin",
            "Korea",
            "South Korea",
            "Pyongyang",
            "Vietnam",
            "NATO",
            "Russia",
            "Hong Kong",
        ])
        .build()
}

fn repaired(text: &str) -> String {
    norm().normalize(text).text().to_string()
}

#[test]
fn splits_glued_words_at_link_seams() {
    assert_eq!(
        repaired("the signing of aMutual Defense PactWith Pyongyang."),
        "the signing of a Mutual Defense Pact With Pyongyang."
    );
    assert_eq!(repaired("Last month XIturnedVietnam and Malaysia."), "Last month Xi turned Vietnam and Malaysia.");
    assert_eq!(
        repaired("diplomats in Japan and South Koreamet for talks."),
        "diplomats in Japan and South Korea met for talks."
    );
    assert_eq!(
        repaired("deployingVisa exemptionsAnd talksWhere acts."),
        "deploying Visa exemptions And talks Where acts."
    );
    assert_eq!(repaired("intimidation actsA clear blow"), "intimidation acts A clear blow");
}

#[test]
fn never_splits_real_camel_case() {
    for w in ["McDonald", "iPhone", "YouTube", "MacArthur", "DeSantis", "eBay", "PhD", "LaGuardia", "McConnell"] {
        let text = format!("He praised {w} on Monday.");
        assert_eq!(repaired(&text), text, "{w}");
    }
}

#[test]
fn restores_lost_apostrophes_on_names() {
    assert_eq!(repaired("at the heart of Chinas foreign policy"), "at the heart of China's foreign policy");
    assert_eq!(repaired("the diplomatic options for Poutines grow"), "the diplomatic options for Poutine's grow");
    assert_eq!(repaired("a source of resentment of Kremlins."), "a source of resentment of Kremlin's.");
    assert_eq!(repaired("NATOs eastern flank"), "NATO's eastern flank");
    assert_eq!(repaired("the two Koreas met"), "the two Koreas met");
    assert_eq!(repaired("The Kremlins spokesman said"), "The Kremlin's spokesman said");
    assert_eq!(repaired("Xis's visit to Moscow"), "Xi's visit to Moscow");
    assert_eq!(repaired("Chinas's policy and Paris's mayor"), "China's policy and Paris's mayor");
    // The last word of a two-word name, after its first.
    assert_eq!(repaired("South Koreas president"), "South Korea's president");
    assert_eq!(repaired("Hong Kongs government said"), "Hong Kong's government said");
    assert_eq!(repaired("King Kongs roar"), "King Kongs roar");
}

#[test]
fn repairs_case_damage_of_names() {
    assert_eq!(repaired("Although solid, XI faces challenges."), "Although solid, Xi faces challenges.");
    assert_eq!(repaired("XIS Visit offers him"), "Xi's Visit offers him");
    assert_eq!(repaired("The UN and NATO met."), "The UN and NATO met.");
    assert_eq!(repaired("XI MEETS PUTIN IN MOSCOW"), "XI MEETS PUTIN IN MOSCOW");
}

#[test]
fn typographic_and_whitespace_repairs() {
    assert_eq!(repaired("\u{201C}We will go,\u{201D} he said. China\u{2019}s"), "\"We will go,\" he said. China's");
    assert_eq!(repaired("  a \t b\r\nc\r\n\r\nd  \u{0}e "), "a b\nc\n\nd e");
    assert_eq!(repaired("\u{FEFF}Text"), "Text");
    assert_eq!(repaired("Cafe\u{301} talks"), "Caf\u{e9} talks");
}

#[test]
fn joins_line_end_hyphenation() {
    assert_eq!(repaired("resumed nego-\ntiations today"), "resumed negotiations today");
    assert_eq!(repaired("a well-\r\nknown envoy"), "a well-known envoy");
    assert_eq!(repaired("pro-\nRussian groups"), "pro-Russian groups");
}

#[test]
fn drops_metadata_prefix_and_junk() {
    let n = norm();
    let out = n.normalize(" date 2025-05-05 While Russian tanks rolled. It ends Handits the Recrek.");
    assert_eq!(out.text(), "While Russian tanks rolled. It ends");
    assert_eq!(out.metadata_date(), Some("2025-05-05"));
    let kinds: Vec<_> = out.repairs().iter().map(|r| r.kind).collect();
    assert_eq!(kinds.first(), Some(&RepairKind::MetadataPrefix));
    assert_eq!(kinds.last(), Some(&RepairKind::TrailingJunk));
    assert_eq!(out.rebuild_original(), out.original());
}

#[test]
fn maps_spans_back_to_original() {
    let n = norm();
    let src = "  Chinas   aMutual PactWith \u{201C}Xi\u{201D}";
    let out = n.normalize(src);
    let t = out.text();
    let find = |needle: &str| {
        let s = t.find(needle).unwrap();
        Span::new(s, s + needle.len())
    };
    assert_eq!(&src[out.to_original(find("China's"))], "Chinas");
    assert_eq!(&src[out.to_original(find("Mutual"))], "Mutual");
    assert_eq!(&src[out.to_original(find("Pact With"))], "PactWith");
    assert_eq!(&src[out.to_original(find("\"Xi\""))], "\u{201C}Xi\u{201D}");
}

#[test]
fn untouched_text_has_no_repairs() {
    let out = norm().normalize("Chinese President Xi Jinping met Russian officials in Moscow on May 9.");
    assert!(out.repairs().is_empty());
    assert_eq!(out.text(), out.original());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn rebuilds_original_and_maps_to_char_boundaries(s in "\\PC{0,80}|[ a-zA-Z\u{2019}\u{201C}.\n\r\t-]{0,80}|(date 2025-05-05 )?[A-Za-z ]{0,40}") {
        let n = norm();
        let out = n.normalize(&s);
        prop_assert_eq!(out.rebuild_original(), s.clone());
        let t = out.text();
        for (a, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
            for (b, _) in t[a..].char_indices().map(|(k, c)| (a + k, c)).chain(std::iter::once((t.len(), ' '))).take(6) {
                let sp = out.to_original(Span::new(a, b));
                prop_assert!(sp.end <= s.len());
                prop_assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end), "span {:?} of {:?}", sp, s);
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(s in any::<String>()) {
        let out = norm().normalize(&s);
        prop_assert_eq!(out.rebuild_original(), s);
    }
}
