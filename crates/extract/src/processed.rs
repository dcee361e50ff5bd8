//! What the pipeline made of one article, borrowing it.

use crate::attach::{PlaceContext, event_place, event_time};
use crate::{ActorRecord, EventRecord, LocationRecord, PartyRecord, SentenceRecord, TimeRecord};
use dyad_actors::ActorMention;
use dyad_dates::{Day, Precision, TimeExpr};
use dyad_events::{CodeTable, CodedEvent, Party};
use dyad_geo::{PlaceFinder, PlaceId, PlaceMention};
use dyad_normalize::Normalized;
use dyad_types::{Article, Repair, Span};

/// One sentence: its place in the repaired text and in the original, and
/// the actors found in it (spans in the repaired text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based index in the article.
    pub index: usize,
    /// Span in the repaired text.
    pub norm: Span,
    /// Span in the original article text.
    pub original: Span,
    /// Actors found, with spans in the repaired text.
    pub actors: Vec<ActorMention>,
    /// Events coded, with spans in the repaired text.
    pub events: Vec<CodedEvent>,
    /// Time expressions, resolved (none when the article has no date).
    pub times: Vec<TimeExpr>,
    /// Places named, each with the place the article's context picks.
    pub places: Vec<NamedPlace>,
}

/// A place named in a sentence and the place it was resolved to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedPlace {
    /// The name as found, with its candidates.
    pub mention: PlaceMention,
    /// The candidate the article's countries pick.
    pub place: PlaceId,
}

/// The stages' results for one article.
#[derive(Clone, Debug)]
pub struct Processed<'a> {
    pub(crate) article: &'a Article,
    pub(crate) normalized: Normalized<'a>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) codes: std::sync::Arc<CodeTable>,
    pub(crate) places: std::sync::Arc<PlaceFinder>,
    pub(crate) anchor: Option<Day>,
}

impl<'a> Processed<'a> {
    /// The article.
    pub fn article(&self) -> &'a Article {
        self.article
    }

    /// The repaired text with its repairs and offset map.
    pub fn normalized(&self) -> &Normalized<'a> {
        &self.normalized
    }

    /// The sentences in order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Repaired text of sentence `i`.
    ///
    /// # Panics
    ///
    /// When `i` is out of range.
    pub fn sentence_text(&self, i: usize) -> &str {
        &self.normalized.text()[self.sentences[i].norm]
    }

    /// The article date: the one given with the article, else the one of a
    /// `date YYYY-MM-DD` prefix in its text.
    pub fn date(&self) -> Option<&str> {
        self.article.date.as_deref().or_else(|| self.normalized.metadata_date())
    }

    /// The gazetteer the places refer to.
    pub fn gazetteer(&self) -> &dyad_geo::Gazetteer {
        self.places.gazetteer()
    }

    /// Repairs made inside sentence `s` (by original span).
    pub fn repairs_in(&self, s: &Sentence) -> Vec<&Repair> {
        self.normalized.repairs_within(s.original).collect()
    }

    /// Owned records, one per sentence, for output.
    pub fn records(&self) -> Vec<SentenceRecord> {
        self.sentences
            .iter()
            .map(|s| SentenceRecord {
                article_id: self.article.id.as_str().to_owned(),
                sentence: s.index,
                date: self.date().map(str::to_string),
                span: s.original,
                text: self.normalized.text()[s.norm].to_string(),
                original: self.article.text.as_str()[s.original].to_string(),
                repairs: self.repairs_in(s).into_iter().cloned().collect(),
                actors: s
                    .actors
                    .iter()
                    .map(|a| ActorRecord {
                        code: a.code.as_str().to_owned(),
                        text: self.normalized.text()[a.span].to_string(),
                        span: self.normalized.to_original(a.span),
                        entry: self.normalized.text()[a.entry].to_string(),
                        canonical: a.canonical.clone(),
                        matched: a.how.as_str().to_string(),
                    })
                    .collect(),
                times: s.times.iter().map(|t| self.time_record(t)).collect(),
                places: s.places.iter().map(|p| self.location(p, p.place)).collect(),
            })
            .collect()
    }

    fn time_record(&self, t: &TimeExpr) -> TimeRecord {
        TimeRecord {
            text: self.normalized.text()[t.span].to_string(),
            date: t.date.to_string(),
            precision: t.precision.as_str().to_owned(),
            future: self.anchor.is_some_and(|a| t.is_future(a)),
            span: self.normalized.to_original(t.span),
        }
    }

    fn location(&self, p: &NamedPlace, id: PlaceId) -> LocationRecord {
        let mut record = LocationRecord::default();
        self.location_into(p, id, &mut record);
        record
    }

    /// The place an event happened in, written into `into` (`None` when
    /// it has none): the mention's candidate in the countries of the
    /// event's actors when there is one, else the article's pick. From the
    /// event's sentence, else from the context.
    fn event_location_into(
        &self,
        s: &Sentence,
        e: &CodedEvent,
        context: &PlaceContext<'_>,
        into: &mut Option<LocationRecord>,
        spare: &mut Option<LocationRecord>,
    ) {
        let found = match event_place(self.normalized.text(), s, e) {
            Some(p) => Some((p, "sentence")),
            None => context.fallback(self.normalized.text(), s.index, s.norm.start),
        };
        let Some((named, from)) = found else {
            // Kept aside, its strings serve the next event with a place.
            if let Some(old) = into.take() {
                *spare = Some(old);
            }
            return;
        };
        let g = self.places.gazetteer();
        // At most two countries: the source's and the target's.
        let mut countries = [[0u8; 3]; 2];
        let mut n = 0;
        for p in std::iter::once(&e.source).chain(e.target.as_ref()) {
            if let Some(c) = p.code.as_bytes().get(..3).and_then(|c| <[u8; 3]>::try_from(c).ok()) {
                countries[n] = c;
                n += 1;
            }
        }
        let countries = &countries[..n];
        let id = if named.mention.candidates.iter().any(|&c| countries.contains(&g.place(c).country)) {
            self.places.resolve(&named.mention, countries)
        } else {
            named.place
        };
        let record = into.get_or_insert_with(|| spare.take().unwrap_or_default());
        self.location_into(named, id, record);
        set_option(&mut record.from, Some(from));
    }

    /// [`Processed::location`], written into `into`'s memory.
    fn location_into(&self, p: &NamedPlace, id: PlaceId, into: &mut LocationRecord) {
        let g = self.places.gazetteer();
        let place = g.place(id);
        set(&mut into.name, g.name(id));
        set(&mut into.text, &self.normalized.text()[p.mention.span]);
        set(&mut into.country, place.country());
        set_option(&mut into.admin1, Some(g.admin1(id)).filter(|a| !a.is_empty()));
        set(&mut into.kind, place.kind.as_str());
        into.geonameid = place.geonameid;
        into.lat = place.lat;
        into.lon = place.lon;
        into.span = self.normalized.to_original(p.mention.span);
    }

    /// Owned event records, one per coded event; negated and hypothetical
    /// events only when `include_flagged`.
    pub fn event_records(&self, include_flagged: bool) -> Vec<EventRecord> {
        let mut out = Vec::new();
        let _ = self.each_event_record(include_flagged, |r| {
            out.push(r.clone());
            Ok::<(), std::convert::Infallible>(())
        });
        out
    }

    /// Hands `f` each of [`Processed::event_records`] in turn, all written
    /// into one record's memory; stops at `f`'s first error.
    pub fn each_event_record<E>(
        &self,
        include_flagged: bool,
        mut f: impl FnMut(&EventRecord) -> Result<(), E>,
    ) -> Result<(), E> {
        let text = self.normalized.text();
        // One record's memory for all: nothing allocated until written.
        let mut r = EventRecord::default();
        // The memory of a location or target the last record had no use for.
        let (mut spare_location, mut spare_target) = (None, None);
        let mut context = PlaceContext::default();
        for s in &self.sentences {
            for e in s.events.iter().filter(|e| include_flagged || !(e.negated || e.hypothetical)) {
                let info = self.codes.get(&e.code);
                let time = event_time(text, s, e);
                self.party_into(s, &e.source, &mut r.source);
                match &e.target {
                    Some(t) => {
                        let into = r.target.get_or_insert_with(|| spare_target.take().unwrap_or_default());
                        self.party_into(s, t, into);
                    }
                    None => {
                        if let Some(old) = r.target.take() {
                            spare_target = Some(old);
                        }
                    }
                }
                r.event_id = crate::record::event_id(
                    self.article.id.as_str(),
                    s.index,
                    &e.code,
                    &r.source.code,
                    r.target.as_ref().map_or("", |t| t.code.as_str()),
                    e.trigger.start,
                );
                set(&mut r.article_id, self.article.id.as_str());
                r.sentence = s.index;
                r.sentence_span = s.original;
                match time {
                    Some(t) => set_day(&mut r.date, t.date),
                    None => set_option(&mut r.date, self.date()),
                }
                set(&mut r.date_precision, time.map_or(Precision::Article, |t| t.precision).as_str());
                r.date_span = time.map(|t| self.normalized.to_original(t.span));
                r.future = time.zip(self.anchor).is_some_and(|(t, a)| t.is_future(a));
                self.event_location_into(s, e, &context, &mut r.location, &mut spare_location);
                set_option(&mut r.article_date, self.date());
                set(&mut r.code, &e.code);
                set(&mut r.root, e.code.get(..2).unwrap_or(""));
                r.quad_class = info.map_or(0, |i| i.quad_class);
                r.goldstein = info.map_or(0.0, |i| i.goldstein);
                set_option(&mut r.plover, self.codes.plover(&e.code));
                r.negated = e.negated;
                r.hypothetical = e.hypothetical;
                r.passive = e.passive;
                r.trigger = self.normalized.to_original(e.trigger);
                set(&mut r.trigger_text, &text[e.trigger]);
                set(&mut r.pattern, &e.pattern);
                set_option(&mut r.note, e.note.as_deref());
                set(&mut r.sentence_text, &text[s.norm]);
                r.repairs.clear();
                r.repairs.extend(self.repairs_in(s).into_iter().cloned());
                f(&r)?;
            }
            context.note(s);
        }
        Ok(())
    }

    /// The record of one side of an event, written into `into`.
    fn party_into(&self, s: &Sentence, p: &Party, into: &mut PartyRecord) {
        let text = self.normalized.text();
        let a = &s.actors[p.actor];
        let code = p.code.as_str();
        set(&mut into.code, code);
        set_option(&mut into.country, p.code.state());
        set_option(&mut into.role, code.get(3..6));
        set(&mut into.name, &text[a.span]);
        set_option(&mut into.canonical, a.canonical.as_deref());
        into.span = self.normalized.to_original(a.span);
    }
}

/// `to = Some(day.to_string())`, in `to`'s memory when it has some.
fn set_day(to: &mut Option<String>, day: Day) {
    use std::fmt::Write;
    let to = to.get_or_insert_with(String::new);
    to.clear();
    let _ = write!(to, "{day}");
}

/// `to = from`, in `to`'s memory.
fn set(to: &mut String, from: &str) {
    to.clear();
    to.push_str(from);
}

/// `to = from.map(str::to_string)`, in `to`'s memory when it has some.
fn set_option(to: &mut Option<String>, from: Option<&str>) {
    match (to.as_mut(), from) {
        (Some(to), Some(from)) => set(to, from),
        (_, from) => *to = from.map(str::to_string),
    }
}
