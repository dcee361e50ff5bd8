//! Building and running the pipeline.

use crate::discards::Discards;
use crate::{NamedPlace, Processed, Sentence};
use dyad_actors::{ActorMention, DayKey, Dictionary, EntryKind, Recognizer, settle_shared_names};
use dyad_dates::{Day, SparseTimes, TimeScanner};
use dyad_events::{CodeTable, Coder, VerbDictionary};
use dyad_geo::{Around, Cue, Gazetteer, PlaceFinder, PlaceId, PlaceKind, PlaceMention};
use dyad_import::DictionarySet;
use dyad_normalize::{Normalizer, NormalizerBuilder};
use dyad_segment::{Segmenter, Token};
use dyad_types::{Article, Span};
use std::sync::{Arc, OnceLock};

/// Configures a [`Pipeline`].
#[derive(Clone, Debug, Default)]
pub struct PipelineBuilder {
    dictionary: Option<Arc<Dictionary>>,
    verbs: Option<Arc<VerbDictionary>>,
    keep_junk: bool,
    skip_time_place: bool,
    event_times_only: bool,
    /// Discard phrases; the built-in ones until `dictionaries` says.
    discards: Option<Discards>,
}

impl PipelineBuilder {
    /// Actor dictionaries other than the built-in ones.
    pub fn dictionary(&mut self, dictionary: Arc<Dictionary>) -> &mut PipelineBuilder {
        self.dictionary = Some(dictionary);
        self
    }

    /// Verb patterns other than the built-in ones.
    pub fn verbs(&mut self, verbs: Arc<VerbDictionary>) -> &mut PipelineBuilder {
        self.verbs = Some(verbs);
        self
    }

    /// Keep trailing junk in the repaired text (default: drop it).
    pub fn keep_junk(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.keep_junk = yes;
        self
    }

    /// Codes with these dictionaries (`--dict` folders, with or without the
    /// built-in ones): their actors, patterns and discard phrases. A
    /// sentence holding a discard phrase codes no events; with a story
    /// discard neither does any sentence of its article.
    pub fn dictionaries(&mut self, set: DictionarySet) -> &mut PipelineBuilder {
        self.discards = Some(Discards::new(&set.discards));
        self.dictionary = Some(Arc::new(set.actors));
        self.verbs = Some(Arc::new(set.verbs));
        self
    }

    /// Resolve time expressions and places (default: yes). Without them,
    /// events carry the article date and no location, and a city named
    /// where something happens is no target.
    pub fn time_place(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.skip_time_place = !yes;
        self
    }

    /// Resolve the time expressions of sentences with events only (default:
    /// of every sentence). Events get the same dates either way; sentences
    /// without events then list no times. Most sentences hold no event, so
    /// this is the cheaper choice when only events are wanted.
    pub fn event_times_only(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.event_times_only = yes;
        self
    }

    /// Builds the pipeline; the builder stays usable.
    pub fn build(&self) -> Pipeline {
        let dictionary = self.dictionary.clone().unwrap_or_else(Dictionary::builtin);
        let normalizer = NormalizerBuilder::default().names(dictionary.names()).keep_junk(self.keep_junk).build();
        let recognizer = Recognizer::new(dictionary.clone());
        let verbs = self.verbs.clone().unwrap_or_else(VerbDictionary::builtin);
        let places = if self.skip_time_place {
            // No place is looked up: the gazetteer's load is not worth it.
            Arc::new(PlaceFinder::new(Arc::new(Gazetteer::parse("", "none").0), dyad_lexicon::Lexicon::builtin()))
        } else if self.dictionary.is_none() {
            static BUILTIN: OnceLock<Arc<PlaceFinder>> = OnceLock::new();
            BUILTIN.get_or_init(|| place_finder(&dictionary)).clone()
        } else {
            place_finder(&dictionary)
        };
        Pipeline {
            discards: Arc::new(
                self.discards.clone().unwrap_or_else(|| Discards::new(&dyad_import::builtin_discards())),
            ),
            time_place: !self.skip_time_place,
            event_times_only: self.event_times_only,
            places,
            normalizer,
            segmenter: Segmenter::new(),
            recognizer,
            coder: Coder::new(verbs, dyad_lexicon::Lexicon::builtin()),
            codes: CodeTable::builtin(),
        }
    }
}

/// The gazetteer with the actor dictionaries' names of countries added
/// (`Britain`, `the U.S.`), so that places and actors agree.
fn place_finder(dictionary: &Dictionary) -> Arc<PlaceFinder> {
    let mut gazetteer = Gazetteer::unpack_builtin();
    let aliases: Vec<(&str, dyad_geo::PlaceId)> = dictionary
        .entries()
        .iter()
        .filter(|e| e.kind == EntryKind::Name && e.code.len() == 3)
        .filter_map(|e| Some((e.text.as_str(), gazetteer.country(&e.code)?)))
        .collect();
    gazetteer.add_aliases(aliases);
    Arc::new(PlaceFinder::new(Arc::new(gazetteer), dyad_lexicon::Lexicon::builtin()))
}

/// Every stage, ready to run. Immutable; share it across threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    discards: Arc<Discards>,
    time_place: bool,
    event_times_only: bool,
    places: Arc<PlaceFinder>,
    normalizer: Normalizer,
    segmenter: Segmenter,
    recognizer: Recognizer,
    coder: Coder,
    codes: Arc<CodeTable>,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::new()
    }
}

impl Pipeline {
    /// The pipeline with the built-in dictionaries.
    pub fn new() -> Pipeline {
        PipelineBuilder::default().build()
    }

    /// A builder.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The actor dictionaries in use.
    pub fn dictionary(&self) -> &Dictionary {
        self.recognizer.dictionary()
    }

    /// The event coder in use.
    pub fn coder(&self) -> &Coder {
        &self.coder
    }

    /// The CAMEO code table.
    pub fn codes(&self) -> &CodeTable {
        &self.codes
    }

    /// The place names of each sentence: looked up at the actor stage's
    /// names and in a place's position, people's names skipped, names that
    /// are another actor's dropped.
    fn find_places(&self, text: &str, tokens: &ArticleTokens, actors: &[Vec<ActorMention>]) -> Vec<Vec<PlaceMention>> {
        let (mut people, mut known): (Vec<Span>, Vec<Span>) = (Vec::new(), Vec::new());
        let mut found = Vec::with_capacity(actors.len());
        for (index, actors) in actors.iter().enumerate() {
            let toks = tokens.sentence(index);
            people.clear();
            known.clear();
            for a in actors {
                match a.kind {
                    _ if a.canonical.is_some() => people.push(a.entry),
                    // An adjective ("Russian officials") names no place: not
                    // worth a look-up. Names, capitals, seats ("U.S. State
                    // Department") and abbreviations may hold one.
                    Some(EntryKind::Adjective) => {}
                    _ => known.push(a.entry),
                }
            }
            let around = Around { first: index == 0, blocked: &people, known: Some(&known) };
            let mut places = self.places.find_in_tokens(text, toks, around);
            places.retain(|m| !names_other_actor(m, actors, self.places.gazetteer()));
            found.push(places);
        }
        found
    }

    /// A discard phrase of this kind (story or sentence) stands in `text`
    /// as whole words.
    fn discarded(&self, text: &str, story: bool) -> bool {
        self.discards.found_in(text, story)
    }

    /// The place finder in use (over no places when the pipeline resolves
    /// no time or place).
    pub fn places(&self) -> &PlaceFinder {
        &self.places
    }

    /// The actor recognizer in use.
    pub fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }

    /// Runs the stages over one article.
    pub fn process<'a>(&self, article: &'a Article) -> Processed<'a> {
        let normalized = self.normalizer.normalize(&article.text);
        let date = article.date.as_deref().or_else(|| normalized.metadata_date());
        let day = date.and_then(|d| DayKey::parse(d.get(..10).unwrap_or(d), false));
        let text = normalized.text();
        let spans: Vec<Span> = self.segmenter.sentences(text).collect();
        let mut actors: Vec<Vec<ActorMention>> =
            spans.iter().map(|&norm| self.recognizer.find(text, norm, day)).collect();
        // "Korea" is North Korea in an article about Pyongyang: shared names
        // wait for the whole article before the events are coded.
        settle_shared_names(text, &mut actors);
        let anchor = date.and_then(Day::parse).filter(|_| self.time_place);
        let story_discarded = self.discarded(text, true);
        let mut times = anchor.map(|a| Times::new(a, self.event_times_only, spans.len()));
        // Tokens once for both the place and the time pass.
        let tokens = if self.time_place { ArticleTokens::new(text, &spans) } else { ArticleTokens::default() };
        let found =
            if self.time_place { self.find_places(text, &tokens, &actors) } else { vec![Vec::new(); spans.len()] };
        let countries =
            if self.time_place { article_countries(&actors, &found, self.places.gazetteer()) } else { Vec::new() };
        let actor_countries = if self.time_place { actor_countries(&actors) } else { Vec::new() };
        let sentences = spans
            .into_iter()
            .zip(actors)
            .zip(found)
            .enumerate()
            .map(|(index, ((norm, mut actors), found))| {
                let toks = tokens.sentence(index);
                let places: Vec<NamedPlace> = found
                    .into_iter()
                    .map(|mention| {
                        let resolved = self.places.resolve(&mention, &countries);
                        let place =
                            own_country(&mention, resolved, &actors, self.places.gazetteer()).unwrap_or(resolved);
                        NamedPlace { mention, place }
                    })
                    .collect();
                reconcile_actors(&mut actors, &places, self.places.gazetteer());
                add_city_actors(&mut actors, &places, &actor_countries, self.places.gazetteer());
                let discarded = story_discarded || self.discarded(&text[norm], false);
                let events = if discarded {
                    Vec::new()
                } else if self.time_place {
                    self.coder.code_tokens(text, toks, &actors)
                } else {
                    self.coder.code(text, norm, &actors)
                };
                let times = match times.as_mut() {
                    Some(Times::Every(scanner)) => scanner.scan_tokens(text, toks),
                    Some(Times::OfEvents(sparse)) if !events.is_empty() => {
                        sparse.scan(text, index, |j| tokens.sentence(j))
                    }
                    _ => Vec::new(),
                };
                Sentence { index, norm, original: normalized.to_original(norm), actors, events, times, places }
            })
            .collect();
        Processed { article, normalized, sentences, codes: self.codes.clone(), places: self.places.clone(), anchor }
    }
}

/// How an article's times are resolved: every sentence's in reading
/// order, or only those of sentences with events.
enum Times {
    Every(TimeScanner),
    OfEvents(SparseTimes),
}

impl Times {
    fn new(anchor: Day, event_times_only: bool, sentences: usize) -> Times {
        if event_times_only {
            Times::OfEvents(SparseTimes::new(anchor, sentences))
        } else {
            Times::Every(TimeScanner::new(anchor))
        }
    }
}

/// The tokens of an article's sentences, in one buffer: one allocation an
/// article instead of a vector a sentence.
#[derive(Default)]
struct ArticleTokens {
    all: Vec<Token>,
    /// Where each sentence's tokens end in `all`.
    ends: Vec<usize>,
}

impl ArticleTokens {
    fn new(text: &str, spans: &[Span]) -> ArticleTokens {
        // About one token in five bytes of news text: growing from nothing
        // would copy the buffer several times.
        let mut all = Vec::with_capacity(text.len() / 5);
        let ends = spans
            .iter()
            .map(|&norm| {
                all.extend(dyad_segment::tokens(text, norm));
                all.len()
            })
            .collect();
        ArticleTokens { all, ends }
    }

    /// The tokens of sentence `index` (none when there are none).
    fn sentence(&self, index: usize) -> &[Token] {
        let start = index.checked_sub(1).and_then(|i| self.ends.get(i)).copied().unwrap_or(0);
        let end = self.ends.get(index).copied().unwrap_or(start);
        self.all.get(start..end).unwrap_or_default()
    }
}

/// "Benin" beside Nigeria is still the country, not Benin City: where the
/// place stage chose a city for a name that an actor takes as its country,
/// that country's own row.
fn own_country(
    mention: &PlaceMention,
    resolved: PlaceId,
    actors: &[ActorMention],
    gazetteer: &Gazetteer,
) -> Option<PlaceId> {
    if gazetteer.place(resolved).kind != PlaceKind::City {
        return None;
    }
    mention.candidates.iter().copied().find(|&c| {
        let cand = gazetteer.place(c);
        cand.kind == PlaceKind::Country
            && actors.iter().any(|a| {
                a.entry == mention.span
                    && a.canonical.is_none()
                    && a.code.as_bytes().get(..3) == Some(&cand.country[..])
            })
    })
}

/// A capital's name that the place stage resolved elsewhere is not that
/// capital's state: "Paris, Texas" is no French actor, and "Georgia" next to
/// Atlanta is the US state (coded USA, as Phoenix codes US states).
fn reconcile_actors(actors: &mut Vec<ActorMention>, places: &[NamedPlace], gazetteer: &Gazetteer) {
    actors.retain_mut(|a| {
        let Some(p) = places.iter().find(|p| p.mention.span == a.entry && a.canonical.is_none()) else { return true };
        let place = gazetteer.place(p.place);
        if a.code.as_bytes().get(..3) == Some(&place.country[..]) {
            return true;
        }
        match place.kind {
            PlaceKind::State => {
                let mut code = dyad_types::ActorCode::new(place.country());
                code.push_str(a.code.as_str().get(3..).unwrap_or(""));
                a.code = code;
                true
            }
            PlaceKind::Country | PlaceKind::Capital => true,
            PlaceKind::City => false,
        }
    });
}

/// A city this large stands for its state even where the article names
/// no other place or actor of that state.
const CITY_ACTOR_POPULATION: u64 = 100_000;

/// A city named where the text places something ("withdrew from Kherson",
/// "shelled homes in Kharkiv") stands for its state, as capitals do: the
/// coder then finds a target where the actor dictionaries name none. Not
/// a dateline's city, nor a name an actor already covers (the place stage
/// finds capitalised names only); and a town, not a large city, only in a state
/// the article's actors belong to (a small town abroad that shares a word
/// or a name, "from Kim", is no party).
fn add_city_actors(
    actors: &mut Vec<ActorMention>,
    places: &[NamedPlace],
    countries: &[[u8; 3]],
    gazetteer: &Gazetteer,
) {
    for p in places {
        let m = &p.mention;
        let place = gazetteer.place(p.place);
        if place.kind != PlaceKind::City || !matches!(m.cue, Cue::Locative | Cue::Qualified) {
            continue;
        }
        if place.population < CITY_ACTOR_POPULATION && !countries.contains(&place.country) {
            continue;
        }
        if actors.iter().any(|a| a.span.start < m.span.end && m.span.start < a.span.end) {
            continue;
        }
        let at = actors.partition_point(|a| a.span.start < m.span.start);
        actors.insert(
            at,
            ActorMention {
                span: m.span,
                code: dyad_types::ActorCode::new(place.country()),
                entry: m.span,
                canonical: None,
                how: dyad_actors::MatchKind::Place,
                alternative: None,
                also: Vec::new(),
                kind: Some(EntryKind::City),
            },
        );
    }
}

/// The name is an actor's of another country or of no country (`White
/// House` is a seat of the US government, not GeoNames' alternate name of
/// Casablanca).
fn names_other_actor(m: &PlaceMention, actors: &[ActorMention], gazetteer: &Gazetteer) -> bool {
    if matches!(m.cue, Cue::Qualified | Cue::Dateline) {
        return false;
    }
    let covering = |a: &&ActorMention| a.entry.start <= m.span.start && m.span.end <= a.entry.end;
    let other = actors.iter().filter(covering).filter(|a| a.canonical.is_none()).any(|a| {
        let country = a.code.as_bytes().get(..3);
        !m.candidates.iter().any(|&c| Some(&gazetteer.place(c).country[..]) == country)
    });
    // A country's name that the actor stage declined ("Chad Wolf", "Jordan
    // Peterson") is a person's.
    let declined = m.cue == Cue::Known
        && m.candidates.iter().all(|&c| gazetteer.place(c).kind == PlaceKind::Country)
        && !actors.iter().any(|a| a.span.start < m.span.end && m.span.start < a.span.end);
    other || declined
}

/// The states the article's actors belong to, each once: a town abroad
/// named nowhere else is no party (see `add_city_actors`).
fn actor_countries(actors: &[Vec<ActorMention>]) -> Vec<[u8; 3]> {
    let mut out: Vec<[u8; 3]> = Vec::new();
    for c in actors.iter().flatten().filter_map(|a| <[u8; 3]>::try_from(a.code.as_bytes().get(..3)?).ok()) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// The countries an article is about, for places that share a name
/// (`Tripoli` in an article on Lebanon): those of its actors, except an
/// actor that is itself a shared place name (`Georgia`), and those of the
/// places it names that only one country has (`Atlanta`).
fn article_countries(actors: &[Vec<ActorMention>], found: &[Vec<PlaceMention>], gazetteer: &Gazetteer) -> Vec<[u8; 3]> {
    let mut out: Vec<[u8; 3]> = Vec::new();
    let one_country = |m: &PlaceMention| {
        let first = gazetteer.place(m.candidates[0]).country;
        m.candidates.iter().all(|&c| gazetteer.place(c).country == first).then_some(first)
    };
    for (actors, places) in actors.iter().zip(found) {
        for a in actors {
            let Some(c) = a.code.as_bytes().get(..3).and_then(|c| <[u8; 3]>::try_from(c).ok()) else { continue };
            // An article's actors repeat a few countries: ask once each.
            if out.contains(&c) {
                continue;
            }
            let shared = places.iter().any(|m| m.span == a.entry && one_country(m).is_none());
            if !shared && gazetteer.country_of(c).is_some() {
                out.push(c);
            }
        }
        for c in places.iter().filter_map(one_country) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thread_safe<T: Send + Sync>() {}

    #[test]
    fn pipeline_is_shareable() {
        thread_safe::<Pipeline>();
    }
}
