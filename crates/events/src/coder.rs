//! The coding rules: from a tagged sentence with its actors to events.

use crate::{
    FrameItem, Pattern, VerbDictionary,
    masks::ChoiceMasks,
    tagger::{BE_FORMS, DELIBERATION_VERBS, POSSESSIVES, Pos, Tagged, is_subject_pronoun, tag_tokens},
};
use dyad_actors::ActorMention;
use dyad_lexicon::Lexicon;
use dyad_segment::Token;
use dyad_types::{ActorCode, Span};
use std::sync::Arc;

/// Most tokens a `*` skips.
const MAX_SKIP: usize = 6;
/// How deep the subject search follows chains of verbs.
const MAX_CHAIN: usize = 3;

/// One side of an event: an actor of the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Party {
    /// Index in the sentence's actor list.
    pub actor: usize,
    /// Its CAMEO code.
    pub code: ActorCode,
    /// Its span in the text.
    pub span: Span,
}

/// An event found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodedEvent {
    /// CAMEO event code.
    pub code: String,
    /// Who acted.
    pub source: Party,
    /// Whom it was done to, when the sentence says.
    pub target: Option<Party>,
    /// The head word that fired.
    pub trigger: Span,
    /// The verb group is negated (`did not attack`).
    pub negated: bool,
    /// The event is only possible, wished or conditional (`could`, `if`,
    /// `is unlikely to`).
    pub hypothetical: bool,
    /// The passive voice was undone (`was attacked by`).
    pub passive: bool,
    /// The pattern that fired: `file:line head frame`.
    pub pattern: String,
    /// Why the code differs from the pattern's, if it does
    /// (`negated 070 -> 121`).
    pub note: Option<String>,
}

/// Codes sentences. Immutable; share it across threads.
#[derive(Clone, Debug)]
pub struct Coder {
    verbs: Arc<VerbDictionary>,
    lex: Arc<Lexicon>,
}

/// What a frame match found.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Slots {
    end: usize,
    target: Option<usize>,
    source: Option<usize>,
    /// Where the units the pattern consumes begin: right after the head,
    /// or, for an object shared with a verb coordinated after it, after
    /// that verb (which codes its own event).
    start: usize,
    /// Units its skips passed over: of two frames as heavy, the one that
    /// names more of the words wins ("war crimes" over "crimes").
    skipped: usize,
    /// Matched by the actors before the head, not by a frame: "US-China
    /// trade talks" (see [`paired_nominal`]).
    paired: bool,
}

/// Modality and polarity of a verb group.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Group {
    pub(crate) start: usize,
    negated: bool,
    /// Announced for the future (`will`, reported `would`, `plans to`).
    future: bool,
    /// Wanted or promised (`wants to`, `pledged to`, `is willing to`).
    intent: bool,
    /// Required (`must`, `has to`): in reported speech, a demand.
    must: bool,
    /// Advised (`should`): in reported speech, an appeal.
    should: bool,
    hypothetical: bool,
    passive: bool,
}

impl Coder {
    /// A coder over these patterns and this lexicon.
    pub fn new(verbs: Arc<VerbDictionary>, lex: Arc<Lexicon>) -> Coder {
        Coder { verbs, lex }
    }

    /// The built-in patterns and lexicon.
    pub fn builtin() -> Coder {
        Coder::new(VerbDictionary::builtin(), Lexicon::builtin())
    }

    /// The pattern dictionary.
    pub fn verbs(&self) -> &VerbDictionary {
        &self.verbs
    }

    /// Tags a sentence (for explanations).
    pub fn tag(&self, text: &str, sentence: Span, actors: &[ActorMention]) -> Vec<Tagged> {
        tag_tokens(text, dyad_segment::tokens(text, sentence), actors, &self.lex, &|w| self.form_head(w))
    }

    fn form_head(&self, lower: &str) -> Option<String> {
        if let Some(head) = self.verbs.form_head(lower) {
            return Some(head.to_string());
        }
        // "test-fired", "re-imposes": a hyphenated head of the patterns,
        // inflected on its last part.
        // Asked of every word: a byte loop, not a string search.
        let dash = lower.bytes().rposition(|b| b == b'-')?;
        let (prefix, tail) = (&lower[..dash], &lower[dash + 1..]);
        let mut head = None;
        self.lex.for_each_lemma(tail, |lemma, tags| {
            if head.is_none() && tags.contains(dyad_lexicon::Tags::VERB) && lemma != tail {
                let candidate = format!("{prefix}-{lemma}");
                if self.verbs.has_head(&candidate) {
                    head = Some(candidate);
                }
            }
        });
        head
    }

    /// The events of `text[sentence]`, whose actors are `actors` (sorted by
    /// position, spans in `text`).
    pub fn code(&self, text: &str, sentence: Span, actors: &[ActorMention]) -> Vec<CodedEvent> {
        if actors.is_empty() {
            return Vec::new();
        }
        self.code_units(text, self.tag(text, sentence, actors), actors)
    }

    /// [`Coder::code`] over the sentence's tokens, when the caller has them
    /// already (`dyad_segment::tokens(text, sentence)`).
    pub fn code_tokens(&self, text: &str, toks: &[Token], actors: &[ActorMention]) -> Vec<CodedEvent> {
        if actors.is_empty() {
            return Vec::new();
        }
        self.code_units(text, tag_tokens(text, toks.iter().copied(), actors, &self.lex, &|w| self.form_head(w)), actors)
    }

    fn code_units(&self, text: &str, units: Vec<Tagged>, actors: &[ActorMention]) -> Vec<CodedEvent> {
        let units = crate::passive::activize(units);
        let mut consumed = vec![false; units.len()];
        let mut events: Vec<CodedEvent> = Vec::new();
        let reported = units.iter().any(|u| u.pos == Pos::Verb && is_reporting(u));
        let masks = ChoiceMasks::new(&units, self.verbs.choice_index());
        for i in 0..units.len() {
            if consumed[i] {
                continue;
            }
            let Some((pattern, slots)) = self.best_pattern(&masks, i) else {
                continue;
            };
            // "retaliated by imposing tariffs": the act is the gerund's; a
            // bare head says no more than it.
            if pattern.frame.is_empty()
                && units.get(i + 1).is_some_and(|u| u.lower == "by")
                && units.get(i + 2).is_some_and(|u| u.pos == Pos::Verb && u.lower.ends_with("ing"))
            {
                continue;
            }
            // "hosted negotiations between X and Y", "welcomed the agreement
            // between Serbia and Kosovo", "protests against the raids by
            // Israeli troops": the talks a mediator hosts, the act another
            // judges or protests, are events of their own.
            let about = ABOUT_VERBS.contains(&pattern.head.as_str())
                || pattern.noun && PROTEST_NOUNS.contains(&pattern.head.as_str());
            if !pattern.code.starts_with("045") && !about {
                for c in consumed.iter_mut().take(slots.end).skip(slots.start) {
                    *c = true;
                }
            }
            // "the rouble hit a record low": words that are no event.
            if pattern.code == crate::verbs::NO_EVENT {
                continue;
            }
            let noun = units[i].pos == Pos::Noun;
            let group = if noun { Group { start: i, ..Group::default() } } else { verb_group(&units, i, reported) };
            // What must be done has not been done: the act itself is not coded
            // as fact; the speaker's demand is (below).
            let literal = pattern.literal;
            // An imported pattern that spells out the words before its verb
            // ("did not *", "would *") has coded the negation or modality
            // itself; otherwise the CAMEO conversions and flags apply.
            let spelled = literal && !pattern.before.is_empty();
            let in_condition = conditional_clause(&units, group.start);
            // "may halt its mediation if cooperation founders": a conflictual
            // act made to hang on a condition is a threat in CAMEO.
            let conditional_threat = !spelled
                && !literal
                && threat_code(&pattern.code).is_some()
                && (group.hypothetical || group.future)
                && !group.negated
                && !in_condition
                && condition_follows(&units, i);
            // "accused Kyiv of attempting to assassinate": the accused did
            // it, if anyone did.
            let accused = if noun { None } else { accused_of(&units, group.start) };
            let hypothetical = !spelled
                && !conditional_threat
                && (group.hypothetical
                    || group.must
                    || in_condition
                    || accused.is_some()
                    || warned_against(&units, i)
                    || deliberated(&units, i)
                    || imagined_clause(&units, group.start)
                    || agreement_purpose(&units, group.start));
            let (sources, targets) = self.parties(&units, i, pattern, slots, group, noun);
            let sources = accused.map_or(sources, |a| coordinated_right(&units, a));
            // "called on Berlin to close its airspace": Berlin would do it;
            // "prompting Armenia to appeal": Armenia did.
            let mut sources = match (
                noun,
                asked_party(&units, group.start)
                    .or_else(|| moved_party(&units, group.start))
                    .or_else(|| permitted_party(&units, group.start)),
            ) {
                (false, Some(a)) => coordinated_left(&units, a),
                _ => sources,
            };
            // A city stands for its state only as a target: "people in Moscow
            // and St. Petersburg protested" is no act of the state's.
            sources.retain(|&s| !units[s].city);
            let (code, note) = if spelled {
                (pattern.code.clone(), None)
            } else {
                match (negation_code(&pattern.code), threat_code(&pattern.code), intent_code(&pattern.code)) {
                    (Some(rejection), _, _) if group.negated && !hypothetical => {
                        (rejection.to_string(), Some(format!("negated {} -> {rejection}", pattern.code)))
                    }
                    // A conflictual act announced for the future is a threat
                    // in CAMEO ("said it would impose sanctions" → 1312).
                    (_, Some(threat), _)
                        if (group.future || conditional_threat) && !group.negated && !hypothetical && !literal =>
                    {
                        (threat.to_string(), Some(format!("announced {} -> {threat}", pattern.code)))
                    }
                    // A cooperative act wanted or promised is an intent (03x).
                    (_, _, Some(intent))
                        if (group.intent || group.future) && !group.negated && !hypothetical && !literal =>
                    {
                        (intent.to_string(), Some(format!("intended {} -> {intent}", pattern.code)))
                    }
                    _ => (pattern.code.clone(), None),
                }
            };
            let negated = !spelled && (group.negated && note.is_none() || denied_clause(&units, group.start));
            let pattern_text = pattern.describe();
            // The means named after the act ("with a roadside bomb").
            let clause_means = crate::means::means_of(crate::means::instrument_words(&units, i, clause_end(&units, i)));
            let mut emit = |s: usize, t: Option<usize>, base: &str| {
                let source = party(&units, actors, s);
                let mut target = t.map(|t| party(&units, actors, t));
                // A city of the doer's own state is where it acted, not on
                // whom; but a curfew or a strike there is imposed on or made
                // against the state's own people (coercion 17x, protest 14x),
                // and so is violence by the state's forces there ("the army
                // bombed a village in Sagaing", 18x to 20x).
                let own_people = matches!(base.get(..2), Some("14" | "17" | "18" | "19" | "20"));
                if t.is_some_and(|t| units[t].city)
                    && target.as_ref().is_some_and(|tp| tp.code.as_bytes().get(..3) == source.code.as_bytes().get(..3))
                    && !own_people
                {
                    target = None;
                }
                // "hostages freed by Hamas arrived in Bangkok": no one visits
                // their own state.
                if matches!(base.get(..3), Some("042" | "043"))
                    && target.as_ref().is_some_and(|tp| tp.code.len() == 3 && tp.code.state() == source.code.state())
                {
                    target = None;
                }
                // An act on oneself is none; but "marched in Caracas": the
                // place of the act is dropped, not the act.
                if target.as_ref().is_some_and(|tp| tp.code == source.code) {
                    if !t.is_some_and(|t| in_place(&units, t)) {
                        return;
                    }
                    target = None;
                }
                let mut code = refine_by_roles(base, &source, target.as_ref());
                // Force from the air (195), artillery (194) and bombings
                // (183x) have codes of their own: "Israeli warplanes
                // struck", "killed by Russian shelling", "a suicide bomber".
                let phrase = text[source.span].to_lowercase();
                // The nouns the actor modifies ("Israeli air strikes").
                let head_nouns =
                    units.get(s + 1..).unwrap_or_default().iter().take_while(|u| u.pos == Pos::Noun).take(2);
                // "A roadside bomb planted by X killed": what X planted.
                let planted = if participle_agent(&units, s) { &units[s.saturating_sub(6)..s] } else { &[] };
                // "said its jets had struck": the nouns that head the subject.
                let subject_nouns = units[..if noun { 0 } else { group.start.min(units.len()) }]
                    .iter()
                    .rev()
                    .take_while(|u| u.pos == Pos::Noun)
                    .take(2)
                    .map(|u| u.lower.as_str());
                let means = crate::means::means_of(
                    phrase
                        .split(|c: char| !c.is_alphanumeric())
                        .chain(head_nouns.map(|u| u.lower.as_str()))
                        .chain(planted.iter().map(|u| u.lower.as_str()))
                        .chain(subject_nouns),
                )
                .or(clause_means);
                if let Some(refined) = means.and_then(|m| m.refine(&code)) {
                    code = refined.to_string();
                }
                // "NATO peacekeeping troops have arrived in Bosnia":
                // peacekeepers who arrive or deploy provide peacekeeping.
                let moved = matches!(code.as_str(), "190" | "192")
                    && matches!(pattern.head.as_str(), "cross" | "roll" | "enter" | "move" | "advance" | "push");
                if (matches!(code.as_str(), "042" | "150" | "154") || moved) && phrase.contains("peacekeep") {
                    code = "074".to_string();
                }
                // "Vajpayee crossed into Pakistan for a summit": a leader
                // who enters a state visits it.
                if moved && source.code.as_str().get(3..) == Some("GOV") {
                    code = "042".to_string();
                }
                // "forcing President Shevardnadze to flee": one person
                // forced out is coerced, not a mass expelled.
                if code == "201" && t.is_some_and(|t| units[t].person) {
                    code = "170".to_string();
                }
                // "Taliban militia captured Kabul": a city taken is
                // territory occupied, not people arrested.
                if code == "173"
                    && matches!(pattern.head.as_str(), "capture" | "seize")
                    && t.is_some_and(|t| t == i + 1 && units[t].place)
                {
                    code = "192".to_string();
                }
                if !already_coded(&events, &code, &source, target.as_ref()) {
                    // An actor that is several at once ("the Shire") acts
                    // as each of them.
                    let sources: Vec<Party> = std::iter::once(source.clone())
                        .chain(actors[source.actor].also.iter().map(|&c| Party { code: c, ..source.clone() }))
                        .collect();
                    let targets: Vec<Option<Party>> = match &target {
                        Some(t) => std::iter::once(t.clone())
                            .chain(actors[t.actor].also.iter().map(|&c| Party { code: c, ..t.clone() }))
                            .map(Some)
                            .collect(),
                        None => vec![None],
                    };
                    for s in &sources {
                        for t in &targets {
                            events.push(CodedEvent {
                                code: code.clone(),
                                source: s.clone(),
                                target: t.clone(),
                                trigger: units[i].span,
                                negated,
                                hypothetical,
                                passive: group.passive,
                                pattern: pattern_text.clone(),
                                note: note.clone(),
                            });
                        }
                    }
                }
            };
            match (sources.len(), targets.len()) {
                // Not a passive's subjects: "Israeli and Palestinian
                // civilians were killed" is no act of either on the other.
                (0, n) if n >= 2 && targets[0] > i => {
                    // "talks between X and Y": each with each.
                    for &a in &targets {
                        for &b in &targets {
                            if a != b {
                                emit(a, Some(b), &code);
                            }
                        }
                    }
                }
                (0, _) => {}
                // A pattern that asks for two or more subjects (`%`) is
                // an act they do together.
                (n, 0)
                    if n >= 2
                        && (pattern.literal
                            || pattern.compound
                            || reciprocal(pattern, &pattern.code)
                            || each_other(&units, i, clause_end(&units, i))) =>
                {
                    // "X and Y met": reciprocal.
                    for &a in &sources {
                        for &b in &sources {
                            if a != b {
                                emit(a, Some(b), &code);
                            }
                        }
                    }
                }
                (_, 0) => {
                    for &s in &sources {
                        emit(s, None, &code);
                    }
                }
                _ => {
                    for &s in &sources {
                        for &t in &targets {
                            // "eased tensions in Franco-German relations": of
                            // a list of parties, the doer itself is none.
                            if targets.len() >= 2 && same_state(&units, actors, s, t) {
                                continue;
                            }
                            emit(s, Some(t), &code);
                            // A paired event (`[032:033]`): the target's act
                            // towards the source ("left for X" → X hosts).
                            if let Some(back) = &pattern.paired {
                                emit(t, Some(s), back);
                            }
                        }
                    }
                }
            }
        }
        self.demands(&units, actors, &mut events);
        crate::folds::wanted_clauses(&units, actors, &mut events);
        crate::folds::visiting_guests(&units, actors, &mut events);
        crate::folds::fold_related(text, &mut events);
        crate::claims::fold_claims(&units, actors, &mut events);
        crate::protest::fold_protest_demands(&mut events);
        crate::protest::fold_protest_purpose(&units, &mut events);
        drop(masks);
        crate::tagger::recycle(units);
        events
    }

    /// "X said (that) Y must Z": X demands of Y (CAMEO 100), whatever Z is;
    /// Z itself is not coded as done.
    fn demands(&self, units: &[Tagged], actors: &[ActorMention], events: &mut Vec<CodedEvent>) {
        let reporting = (0..units.len()).find(|&r| units[r].pos == Pos::Verb && is_reporting(&units[r]));
        // A copula is its clause's verb: "must be ready to mediate".
        let verbs = (0..units.len()).filter(|&i| units[i].pos == Pos::Verb || is_copula(units, i));
        for i in verbs.filter(|&i| Some(i) != reporting) {
            let group = verb_group(units, i, true);
            // Advice needs an actor to take it right before its modal
            // ("agree that disputes should be resolved" advises no one).
            let advised = group.should
                && !group.negated
                && group.start > 0
                && units[group.start - 1].pos == Pos::Actor
                && units[group.start].pos == Pos::Modal;
            if !group.must && !advised {
                continue;
            }
            // "said Hamas should release the hostages": advice, an appeal.
            let (code, pattern, note) = if group.must {
                ("100", "must: a speaker's requirement", "required -> 100")
            } else {
                ("020", "should: a speaker's advice", "advised -> 020")
            };
            // The speaker: of a reporting verb, else of the verb whose
            // "that" opens the clause ("issued a stern reminder to Iraq that
            // it must cooperate").
            let Some(r) = reporting.or_else(|| governing_that(units, group.start)) else { continue };
            let speakers = subject(units, verb_group(units, r, false).start, 0);
            for &speaker in &speakers {
                let mut obliged = subject(units, group.start, 0);
                // "... to Iraq that it must": "it" is the one addressed.
                if obliged.iter().all(|&s| s == speaker) && group.start > 0 && units[group.start - 1].pos == Pos::Pron {
                    obliged = (r + 1..group.start).filter(|&k| units[k].pos == Pos::Actor).take(1).collect();
                }
                for s in obliged.into_iter().filter(|&s| s != speaker) {
                    let (source, target) = (party(units, actors, speaker), party(units, actors, s));
                    if source.code != target.code && !already_coded(events, code, &source, Some(&target)) {
                        events.push(CodedEvent {
                            code: code.into(),
                            source,
                            target: Some(target),
                            trigger: units[i].span,
                            negated: false,
                            hypothetical: false,
                            passive: false,
                            pattern: pattern.into(),
                            note: Some(note.into()),
                        });
                    }
                }
            }
        }
    }

    /// The most specific pattern of unit `i` whose frame matches.
    pub(crate) fn best_pattern<'p>(&'p self, masks: &ChoiceMasks<'_>, i: usize) -> Option<(&'p Pattern, Slots)> {
        let units = masks.units();
        let (noun, heads) = pattern_heads(units, i)?;
        let limit = clause_end(units, i);
        // "offered on Sunday to mediate": the frame starts after the day.
        let first = after_time_adverbial(units, i + 1, limit);
        let mut best: Option<(&Pattern, Slots, usize)> = None;
        for head in heads {
            let patterns = self.verbs.patterns_for(head);
            // The index's keys of these patterns, when it has them all.
            let keys = Some(masks.index().keys(head)).filter(|k| k.len() == patterns.len());
            for (n, p) in patterns.iter().enumerate() {
                if p.noun != noun {
                    continue;
                }
                let key = keys.and_then(|k| k.get(n));
                // Patterns come heaviest first: nothing later can win.
                let weight = key.map_or_else(|| p.weight(), |k| k.weight);
                if best.as_ref().is_some_and(|&(_, _, w)| w > weight) {
                    break;
                }
                // A frame word that no unit of the rest of the clause can
                // match: the frame cannot match (checked cheaply first).
                let present = match key {
                    Some(k) => masks.words_present(k, i + 1, limit),
                    None => frame_words_present(masks, &p.frame, i + 1, limit),
                };
                if !present {
                    continue;
                }
                let mut start = first;
                if let Some(particle) = &p.particle {
                    match match_word_seq(units, start, particle.split(' '), limit) {
                        Some(e) => start = e,
                        None => continue,
                    }
                }
                if !p.before.is_empty() && !matches_before(masks, i, &p.before) {
                    continue;
                }
                if p.compound && !noun && subject(units, verb_group(units, i, false).start, 0).len() < 2 {
                    continue;
                }
                let matched =
                    match_frame(masks, start, &p.frame, limit, Slots { end: start, start: i + 1, ..Slots::default() })
                        // "donated and delivered goods to X": verbs joined by
                        // "and" share the object after the second.
                        .or_else(|| {
                            let shared = shared_object_start(units, i).filter(|_| p.particle.is_none() && !noun)?;
                            match_frame(
                                masks,
                                shared,
                                &p.frame,
                                limit,
                                Slots { end: shared, start: shared, ..Slots::default() },
                            )
                        });
                if let Some(slots) = matched
                    && best.as_ref().is_none_or(|(_, b, w)| weight > *w || slots.skipped < b.skipped)
                {
                    best = Some((p, slots, weight));
                }
            }
        }
        best.map(|(p, slots, _)| (p, slots)).or_else(|| {
            if !noun || !paired_nominal(units, i) {
                return None;
            }
            let u = &units[i];
            let p = [u.noun_lemma.as_deref(), Some(u.lower.as_str())]
                .into_iter()
                .flatten()
                .find_map(|w| self.verbs.patterns_for(w).iter().find(|p| p.noun && between_frame(p)))?;
            Some((p, Slots { end: i + 1, start: i + 1, paired: true, ..Slots::default() }))
        })
    }

    /// Sources and targets (unit indices of actors) of a pattern that fired.
    fn parties(
        &self,
        units: &[Tagged],
        i: usize,
        p: &Pattern,
        slots: Slots,
        group: Group,
        noun: bool,
    ) -> (Vec<usize>, Vec<usize>) {
        let limit = clause_end(units, i);
        let subject = if noun { nominal_source(units, i) } else { subject(units, group.start, 0) };
        let mut targets: Vec<usize> = match slots.target {
            // The parties named before the head act on each other.
            _ if slots.paired => Vec::new(),
            Some(t) => coordinated_right(units, t),
            // The object stands before any comma: after one come
            // attributions ("…, officials said") and asides.
            None if !p.has_source() => {
                // "condemned and sanctioned four Israeli settlers": verbs
                // joined by "and" share the object after the second.
                let from = if noun { i + 1 } else { shared_object_start(units, i).unwrap_or(i + 1) };
                let end = object_end(units, from, comma_or(units, from, limit));
                first_actor_after(units, from, end)
                    // "pledged to deepen cooperation amid North Korean
                    // threats": the circumstances name no party.
                    .filter(|&t| !led_by(units, t, &["amid", "amidst"]))
                    // "X and Y signed a pact in the Qatari capital", "met on the
                    // sidelines of the SCO summit": where or about what two
                    // parties cooperated is no third party; they act on each other.
                    .filter(|&t| {
                        p.literal
                            || !(subject.len() >= 2 && mutual(p) && in_setting(units, t)
                                || (meeting(&p.code) || p.code.starts_with("057")) && in_place(units, t))
                    })
                    // "rallied in Tel Aviv against Netanyahu's overhaul": where
                    // it happened yields to whom it was against.
                    .map(|t| {
                        if p.literal || !in_place(units, t) {
                            t
                        } else if p.code.starts_with("14") {
                            // A protest is against whoever the rest of the
                            // clause names ("blocked roads in Yerevan
                            // demanding Pashinyan's resignation").
                            first_actor_after(units, t + 1, end).unwrap_or(t)
                        } else {
                            against_after(units, t, end).unwrap_or(t)
                        }
                    })
                    .map(|t| coordinated_right(units, t))
                    .unwrap_or_default()
            }
            None => Vec::new(),
        };
        // "retreated from Kherson under pressure from Ukrainian forces",
        // "recaptured the town of Lyman from Russian troops": a city stands
        // for its state only where the clause names no other actor after it.
        if !targets.is_empty() && targets.iter().all(|&t| units[t].city) {
            let last = targets.iter().max().copied().unwrap_or(i);
            let agent = (last + 1..limit).find(|&k| {
                units[k].pos == Pos::Actor && !units[k].city && led_by(units, k, &["from", "by", "against"])
            });
            if let Some(other) = agent {
                targets = coordinated_right(units, other);
            } else if meeting(&p.code) {
                // "negotiators return to Geneva": where they meet is no party.
                targets.clear();
            }
        }
        let mut sources = subject;
        // "arrested climate activists blocking a highway": the object's act.
        if !noun && group.start == i && acted_by_object(units, i) {
            sources = if units[i - 1].pos == Pos::Actor { coordinated_left(units, i - 1) } else { Vec::new() };
        }
        // "exchanged prisoners, with Baku freeing 32 Armenian soldiers and
        // Yerevan releasing two servicemen": the actor before the -ing acts.
        if !noun
            && group.start == i
            && i >= 2
            && units[i].lower.ends_with("ing")
            && units[i - 1].pos == Pos::Actor
            && (units[i - 2].lower == "with" || units[i - 2].lower == "and" && with_absolute_before(units, i - 2))
        {
            sources = vec![i - 1];
        }
        if let Some(s) = slots.source {
            // "X received aid from $": the one after the head acted, on the
            // subject unless the frame names the target too ("imposed on
            // + by $").
            if slots.target.is_none() {
                targets = sources;
            }
            sources = coordinated_right(units, s);
        } else if let Some(by) = reduced_relative_agent(units, i, group) {
            // "victims killed by X", "Palestinians killed by Israeli
            // troops": a participle after its noun is passive, and that
            // noun (an actor or not), not the clause's subject, suffered it.
            sources = coordinated_right(units, by);
            // "a Greek tanker attacked by Houthi rebels": the actor that
            // names the noun's state or owner suffered it too.
            let owner = Some(i - 1).filter(|&k| units[k].pos == Pos::Noun).and_then(|k| k.checked_sub(1));
            targets = match owner {
                _ if units[i - 1].pos == Pos::Actor => coordinated_left(units, i - 1),
                Some(a) if units[a].pos == Pos::Actor => coordinated_left(units, a),
                _ => Vec::new(),
            };
            // "exchanged prisoners in a swap brokered by Turkey": a
            // mediation is between the parties of the act it brokered.
            if targets.is_empty() && p.code.starts_with("045") {
                targets = self::subject(units, i, 0);
                // "signed a ceasefire after talks brokered by Saudi Arabia":
                // the talks are those of the clause the phrase hangs on.
                if targets.len() < 2
                    && let Some(v) = (0..i.saturating_sub(2)).rev().find(|&k| units[k].pos == Pos::Verb)
                {
                    targets = self::subject(units, verb_group(units, v, false).start, 0);
                }
                // Between parties: one alone is no side of a mediation.
                if targets.len() < 2 {
                    targets.clear();
                }
            }
        } else if !noun && group.start == i && object_participle(units, i) {
            // "deported 28 Afghan nationals convicted of crimes": no agent
            // named, and not the clause's subject.
            sources = Vec::new();
        } else if group.passive {
            // "X was attacked by Y": Y acted on X.
            let by = (i + 1..limit)
                .find(|&k| units[k].lower == "by")
                .and_then(|k| by_agent(units, k, limit))
                .or_else(|| attack_agent(units, i, limit))
                .or_else(|| attack_clause_agent(units, i));
            targets = sources;
            sources = by.map(|b| coordinated_right(units, b)).unwrap_or_default();
        }
        // "the expulsion of Russian diplomats by Norway": the agent of a
        // nominal act follows "by" right after its object, not after a
        // participle ("talks brokered by Qatar").
        let by_after = |from: usize| {
            let end = comma_or(units, from, limit);
            (from < end && units[from].lower == "by").then(|| by_agent(units, from, end)).flatten()
        };
        if noun
            && slots.source.is_none()
            && let Some(by) = targets.last().and_then(|&t| by_after(t + 1))
        {
            sources = coordinated_right(units, by);
        }
        // "condemned the expulsion of X by Norway": who is condemned for an
        // act is who did it.
        if !noun
            && !group.passive
            && slots.target.is_none()
            && units[i].has_verb_lemma(ABOUT_VERBS)
            && let Some(by) = targets.last().and_then(|&t| by_after(t + 1))
        {
            targets = coordinated_right(units, by);
        }
        // "The reception of X in Beijing": a hosting with no host named
        // is hosted by the place it happens in.
        if noun && sources.is_empty() && p.code.starts_with("043") {
            let host = (i + 1..limit)
                .find(|&k| units[k].lower == "in")
                .and_then(|k| first_actor_after(units, k + 1, (k + 3).min(limit)));
            sources.extend(host);
        }
        targets.retain(|t| !sources.contains(t));
        (sources, targets)
    }
}

/// A meeting, talks or a summit: where it happens is no party to it
/// ("ECOWAS, meeting at a summit in Abuja").
fn meeting(code: &str) -> bool {
    matches!(code, "040" | "044" | "046")
}

/// Acts two parties can do together: intent, consultation, diplomatic and
/// material cooperation, yielding (CAMEO roots 03 to 08), and fighting
/// each other ("the army and the RSF fought in Khartoum").
fn mutual(p: &Pattern) -> bool {
    matches!(p.code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08"))
        // "found common ground on Ukraine": accord between the parties.
        || p.code == "019"
        || matches!(p.head.as_str(), "fight" | "clash" | "battle" | "skirmish" | "exchange" | "trade")
}

/// The clause after the head names its parties as "each other" or "one
/// another" ("Canada and India expelled each other's top diplomats").
fn each_other(units: &[Tagged], i: usize, limit: usize) -> bool {
    (i + 1..limit.saturating_sub(1)).any(|k| {
        let next = units[k + 1].lower.as_str();
        units[k].lower == "each" && matches!(next, "other" | "other's")
            || units[k].lower == "one" && matches!(next, "another" | "another's")
    })
}

/// Acts that two or more parties named together do to each other ("X and
/// Y met", "signed a treaty", "exchanged prisoners", "fought"), unlike
/// "X and Y voiced support" or "called for talks", which each does alone.
fn reciprocal(p: &Pattern, code: &str) -> bool {
    let visit = matches!(code.get(..3), Some("042" | "043"));
    let together = matches!(code.get(..2), Some("03" | "04" | "06"))
        || matches!(code.get(..3), Some("019" | "050" | "057" | "087"))
        || code == "0841";
    // "Iraq and Oman, which hosted rounds of talks": each hosted others;
    // mediators do not mediate between themselves.
    (together && !visit && p.head != "host" && !code.starts_with("045"))
        || matches!(p.head.as_str(), "fight" | "clash" | "battle" | "skirmish" | "exchange" | "trade")
}

/// The actor at `a` stands in a phrase of place, occasion or topic ("in
/// Doha", "of the SCO summit", "over the Sea of Japan", "brokered by
/// Turkey").
fn in_setting(units: &[Tagged], a: usize) -> bool {
    led_by(units, a, &["in", "at", "on", "over", "of", "near", "during", "by", "across", "along", "throughout"])
}

/// The actor at `a` names where something happens ("met in Brussels", "a
/// summit in Abuja"), not what it is about.
fn in_place(units: &[Tagged], a: usize) -> bool {
    led_by(units, a, &["in", "at", "near", "during"])
}

/// The actor at `a` is in a phrase that one of `prepositions` opens.
fn led_by(units: &[Tagged], a: usize, prepositions: &[&str]) -> bool {
    (a.saturating_sub(8)..a)
        .rev()
        .take_while(|&k| units[k].pos != Pos::Verb || units[k].participle)
        // "an agreement on investment between Algeria and Syria": a nearer
        // preposition of parties names them as parties.
        .take_while(|&k| {
            let w = units[k].lower.as_str();
            !matches!(w, "between" | "with") || prepositions.contains(&w)
        })
        .any(|k| units[k].pos == Pos::Prep && prepositions.contains(&units[k].lower.as_str()))
        && after_preposition_or_noun(units, a)
}

/// The actor at `a` follows a preposition, perhaps through the nouns of
/// its phrase ("on the sidelines of the SCO summit").
fn after_preposition_or_noun(units: &[Tagged], a: usize) -> bool {
    let mut p = a;
    while p > 0 && (filler(&units[p - 1]) || matches!(units[p - 1].pos, Pos::Adj | Pos::Noun)) {
        p -= 1;
    }
    p > 0 && units[p - 1].pos == Pos::Prep
}

/// The actor of a passive's `by` phrase at `by`: the first actor within
/// the noun phrase that follows ("by the EU", "by a wave of Russian
/// missile strikes", "by new sanctions from the UN Security Council").
fn by_agent(units: &[Tagged], by: usize, limit: usize) -> Option<usize> {
    for (k, u) in units.iter().enumerate().take(limit.min(by + 8)).skip(by + 1) {
        match u.pos {
            Pos::Actor => return Some(k),
            Pos::Det | Pos::Adj | Pos::Adv | Pos::Noun | Pos::Num => {}
            // "by one of the largest Russian air attacks"
            _ if matches!(u.lower.as_str(), "of" | "from" | "one" | "some") => {}
            _ => return None,
        }
    }
    None
}

/// The participle at `i` follows a verb's object at once ("deported 28
/// Afghan nationals convicted of crimes"): a passive that describes the
/// object, not a second verb of the subject. Not after a reporting verb,
/// whose object is a clause ("said troops killed").
fn object_participle(units: &[Tagged], i: usize) -> bool {
    let u = &units[i];
    if !u.participle || u.lower.ends_with("ing") || u.capitalised || i < 2 {
        return false;
    }
    if !matches!(units[i - 1].pos, Pos::Noun | Pos::Actor) {
        return false;
    }
    let mut k = i - 1;
    while k > 0 && matches!(units[k - 1].pos, Pos::Noun | Pos::Actor | Pos::Adj | Pos::Num | Pos::Det) {
        k -= 1;
    }
    // An active verb takes its own object ("killed civilians"); a passive
    // goes on with a preposition ("convicted of crimes").
    let passive_like = units.get(i + 1).is_none_or(|n| matches!(n.pos, Pos::Prep | Pos::Punct));
    passive_like
        && k > 0
        && units[k - 1].pos == Pos::Verb
        && !units[k - 1].capitalised
        && !units[k - 1].lower.ends_with("ing")
        && !is_reporting(&units[k - 1])
}

/// The "and" at `and` joins a second "with X doing" phrase to a first
/// ("with Baku freeing ... and Yerevan releasing").
fn with_absolute_before(units: &[Tagged], and: usize) -> bool {
    (and.saturating_sub(12)..and)
        .rev()
        .take_while(|&k| units[k].lower != ",")
        .any(|k| units[k].lower == "with" && units.get(k + 2).is_some_and(|v| v.lower.ends_with("ing")))
}

/// Nouns of an attack whose maker an actor before them names ("an Israeli
/// airstrike", "Russian shelling", "a Houthi drone attack").
const ATTACK_NOUNS: &[&str] = &[
    "airstrike",
    "airstrikes",
    "strike",
    "strikes",
    "attack",
    "attacks",
    "shelling",
    "bombing",
    "bombings",
    "bombardment",
    "bombardments",
    "raid",
    "raids",
    "fire",
    "gunfire",
    "offensive",
    "assault",
    "ambush",
    "barrage",
    "onslaught",
    "operation",
    "incursion",
];

/// The maker of the attack a passive's victims suffered in, when no `by`
/// names one: "were killed in an Israeli airstrike", "were wounded during
/// Russian shelling". The actor must stand before the attack noun in the
/// phrase right after the participle.
fn attack_agent(units: &[Tagged], i: usize, limit: usize) -> Option<usize> {
    let prep = i + 1;
    if !units.get(prep).is_some_and(|u| matches!(u.lower.as_str(), "in" | "during" | "under")) {
        return None;
    }
    let mut actor = None;
    for (k, u) in units.iter().enumerate().take(limit.min(prep + 8)).skip(prep + 1) {
        match u.pos {
            Pos::Actor if actor.is_none() => actor = Some(k),
            Pos::Noun if actor.is_some() && ATTACK_NOUNS.contains(&u.lower.as_str()) => return actor,
            Pos::Det | Pos::Adj | Pos::Num | Pos::Noun => {}
            _ => return None,
        }
    }
    None
}

/// The attacker of a clause that says how a passive's victims were hurt:
/// "were killed when Azerbaijani forces shelled positions", "were wounded
/// as Russian drones struck the city". Its unit.
fn attack_clause_agent(units: &[Tagged], i: usize) -> Option<usize> {
    const ATTACK_VERBS: [&str; 13] = [
        "strike", "hit", "shell", "bomb", "attack", "fire", "shoot", "raid", "pound", "target", "storm", "open",
        "ambush",
    ];
    // "were killed and five wounded when": past the rest of the passive.
    let when = (i + 1..units.len().min(i + 6))
        .take_while(|&k| !matches!(units[k].lower.as_str(), "," | ";" | "by"))
        .find(|&k| matches!(units[k].lower.as_str(), "when" | "as"))?;
    let mut k = when + 1;
    while units.get(k).is_some_and(|u| matches!(u.pos, Pos::Det | Pos::Adj | Pos::Num)) {
        k += 1;
    }
    let actor = Some(k).filter(|&a| units.get(a).is_some_and(|u| u.pos == Pos::Actor))?;
    let verb = units.get(actor + 1)?;
    (verb.pos == Pos::Verb && verb.has_verb_lemma(&ATTACK_VERBS)).then_some(actor)
}

/// The `by` agent of a participle at `i` that follows its noun with no
/// auxiliary ("victims killed by X", "troops backed by X"). The agent must
/// follow at once: "spoke by phone with X" is no passive.
fn reduced_relative_agent(units: &[Tagged], i: usize, group: Group) -> Option<usize> {
    let reduced = group.start == i
        && i > 0
        && units[i].participle
        && !units[i].lower.ends_with("ing")
        && matches!(units[i - 1].pos, Pos::Noun | Pos::Actor);
    // "a drone shot down by": a particle may stand before the "by".
    let by = match units.get(i + 1).map(|u| u.lower.as_str()) {
        Some("down" | "up" | "out" | "off") => i + 2,
        _ => i + 1,
    };
    if !reduced || units.get(by).is_none_or(|u| u.lower != "by") {
        return None;
    }
    (by + 1..units.len().min(by + 3)).find(|&k| units[k].pos != Pos::Det).filter(|&k| units[k].pos == Pos::Actor)
}

/// A sub-code the parties' roles decide, whatever the verb said:
/// police and prosecutors investigate crimes (090 → 091); expelling
/// diplomats cuts relations (166 → 161), expelling people deports
/// individuals (166 → 174); protesters who use force or damage property
/// riot (19x/18x/171 → 145).
fn refine_by_roles(code: &str, source: &Party, target: Option<&Party>) -> String {
    let role = |p: &Party| p.code.as_str().get(3..6).map(str::to_owned);
    let peacekeepers = |t: &Party| t.code.starts_with("IGO") && t.code.as_str().ends_with("MIL");
    let target_role = target.and_then(role);
    let refined = match (code, role(source).as_deref(), target_role.as_deref()) {
        ("090", Some("COP" | "JUD"), _) => "091",
        ("166", _, Some("GOV")) => "161",
        // Peacekeepers (a force of an organisation: `IGOUNOMIL`) expelled
        // or let in have codes of their own.
        ("166", _, _) if target.is_some_and(peacekeepers) => "1661",
        ("086", _, _) if target.is_some_and(peacekeepers) => "0861",
        ("166", _, Some("MED" | "CVL" | "EDU" | "HRI" | "BUS" | "REL")) => "174",
        // Protesters who use force riot (145).
        ("190" | "180" | "182" | "171", Some("OPP"), _) => "145",
        // Civilians use no military force: they assault (182).
        ("190", Some("CVL"), _) => "182",
        // A government's or an army's "strikes" are attacks, not a labour
        // strike ("announcing the strikes", "launched strikes").
        ("143", Some("GOV" | "MIL" | "ELI" | "SPY" | "UAF"), _) => "190",
        // Alerts and mobilisation of the armed forces and of the police
        // have codes of their own.
        ("151", Some("MIL"), _) => "152",
        ("152", Some("COP"), _) => "151",
        ("154", Some("COP"), _) => "153",
        _ => code,
    };
    refined.to_string()
}

/// The heads unit `i`'s patterns are filed under, and whether they are
/// noun heads: a verb's lemmas, a noun's lemma and form, `be` for a
/// copula; `None` for other units.
pub(crate) fn pattern_heads(units: &[Tagged], i: usize) -> Option<(bool, impl Iterator<Item = &str>)> {
    let u = &units[i];
    let (noun, copula) = match u.pos {
        Pos::Verb => (false, false),
        Pos::Noun => (true, false),
        Pos::Aux if is_copula(units, i) => (false, true),
        _ => return None,
    };
    let nouns = if noun { [u.noun_lemma.as_deref(), Some(u.lower.as_str())] } else { [None, None] };
    let verbs: &[String] = if noun { &[] } else { &u.verb_lemmas };
    Some((noun, nouns.into_iter().flatten().chain(copula.then_some("be")).chain(verbs.iter().map(String::as_str))))
}

/// Unit `i` is a form of `be` that may be its clause's verb ("was
/// optimistic", "is ready to talk", "is not in agreement", "is concerned
/// about"): no verb follows it in its group but a participle, which may
/// describe the subject; adverbs or a negation may stand between. (When
/// no pattern of `be` matches, a participle after it is still a passive
/// verb of its own.)
fn is_copula(units: &[Tagged], i: usize) -> bool {
    units[i].pos == Pos::Aux
        && BE_FORMS.contains(&units[i].lower.as_str())
        && units[i + 1..].iter().find(|u| !matches!(u.pos, Pos::Adv | Pos::Neg)).is_some_and(|u| {
            !matches!(u.pos, Pos::Verb | Pos::Aux | Pos::Modal | Pos::To | Pos::Punct)
                || u.pos == Pos::Verb && u.participle
        })
}

/// The act at `i` is a gerund after `against` or `from`, or its object:
/// "warned Washington against selling arms to Taiwan", "barred them from
/// entering the country", "voted against sending troops" say nothing of
/// the act having happened.
fn warned_against(units: &[Tagged], i: usize) -> bool {
    (i.saturating_sub(3)..=i).any(|g| {
        units[g].pos == Pos::Verb
            && units[g].lower.ends_with("ing")
            && g > 0
            && units[g - 1].pos == Pos::Prep
            && matches!(units[g - 1].lower.as_str(), "against" | "from")
            && units[g + 1..i.max(g + 1)].iter().all(|u| !matches!(u.pos, Pos::Verb | Pos::Punct | Pos::Sub))
    })
}

/// Words before a noun of an act that make it a cause, occasion or purpose
/// of the clause's act, not its subject's own ("summoned the envoy over the
/// detention of X").
const CAUSE_WORDS: [&str; 7] = ["over", "about", "after", "following", "despite", "amid", "for"];

/// Nouns of a formal agreement.
const AGREEMENT_NOUNS: [&str; 11] = [
    "agreement",
    "agreements",
    "deal",
    "deals",
    "accord",
    "accords",
    "pact",
    "pacts",
    "treaty",
    "treaties",
    "memorandum",
];

/// "signed an agreement in Beijing to restore diplomatic relations": what
/// an agreement is for is agreed on, not yet done. The infinitive at
/// `start` (its "to" or its verb) follows the agreement's noun phrase.
fn agreement_purpose(units: &[Tagged], start: usize) -> bool {
    let to = match units.get(start) {
        Some(u) if u.pos == Pos::To => start,
        _ if start > 0 && units[start - 1].pos == Pos::To => start - 1,
        _ => return false,
    };
    for k in (to.saturating_sub(12)..to).rev() {
        let u = &units[k];
        match u.pos {
            Pos::Noun if AGREEMENT_NOUNS.contains(&u.lower.as_str()) => return true,
            Pos::Noun | Pos::Adj | Pos::Det | Pos::Num | Pos::Actor | Pos::Prep | Pos::Possessive => {}
            Pos::Conj if u.lower == "and" => {}
            _ => return false,
        }
    }
    false
}

/// Nouns of a meeting between the parties.
const MEETING_NOUNS: [&str; 11] = [
    "talks",
    "meeting",
    "meetings",
    "summit",
    "negotiations",
    "consultations",
    "conversation",
    "call",
    "visit",
    "trip",
    "tour",
];

/// Texts that speak for whoever issues them ("a resolution condemning").
const DOCUMENT_NOUNS: [&str; 12] = [
    "resolution",
    "statement",
    "declaration",
    "communique",
    "communiqué",
    "letter",
    "motion",
    "decree",
    "bill",
    "law",
    "note",
    "message",
];

/// Verbs by which a text becomes its subject's own ("adopted", "issued").
const AUTHORING_VERBS: &[&str] =
    &["adopt", "issue", "pass", "approve", "release", "publish", "sign", "send", "draft", "table", "unveil", "make"];

/// The -ing verb at `i` is what a verb of deliberation before it weighs:
/// "is considering imposing new sanctions", "discussed sending troops"
/// (not done).
fn deliberated(units: &[Tagged], i: usize) -> bool {
    let mut k = i;
    while k > 0 && units[k - 1].pos == Pos::Adv {
        k -= 1;
    }
    units[i].lower.ends_with("ing")
        && k > 0
        && units[k - 1].pos == Pos::Verb
        && units[k - 1].has_verb_lemma(DELIBERATION_VERBS)
}

/// The -ing verb at `i` is the act of the object of a verb before it:
/// "arrested climate activists blocking a highway". Not when that noun
/// stands in a phrase of its own ("killed in Israeli tank shelling") or is
/// the subject's own ("withdrew its troops fighting in Yemen").
fn acted_by_object(units: &[Tagged], i: usize) -> bool {
    // "fired tear gas at demonstrators protesting against tax increases":
    // people doing something are doing it themselves, whatever governs them.
    if i > 1 && units[i].lower.ends_with("ing") && PEOPLE_NOUNS.contains(&units[i - 1].lower.as_str()) {
        return true;
    }
    i > 1
        && units[i].lower.ends_with("ing")
        && matches!(units[i - 1].pos, Pos::Noun | Pos::Actor)
        && units[..i - 1]
            .iter()
            .rev()
            .find(|u| {
                !matches!(u.pos, Pos::Noun | Pos::Adj | Pos::Det | Pos::Num | Pos::Actor | Pos::Prep)
                    || u.pos == Pos::Prep && u.lower != "of"
            })
            // "adopted a resolution condemning X": a text says what its
            // author says (not one vetoed: "vetoed a resolution condemning").
            .is_some_and(|u| {
                u.pos == Pos::Verb
                    && !(DOCUMENT_NOUNS.contains(&units[i - 1].lower.as_str()) && u.has_verb_lemma(AUTHORING_VERBS))
            })
        && !units[..i - 1]
            .iter()
            .rev()
            .take_while(|u| matches!(u.pos, Pos::Adj | Pos::Noun | Pos::Pron | Pos::Num))
            .any(|u| POSSESSIVES.contains(&u.lower.as_str()))
}

/// Plain nouns of people in the plural, who act for themselves.
const PEOPLE_NOUNS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "students",
    "workers",
    "activists",
    "civilians",
    "people",
    "residents",
    "villagers",
    "crowds",
    "supporters",
    "farmers",
    "migrants",
    "refugees",
    "journalists",
    "worshippers",
    "mourners",
];

/// The first actor of the list that ends with the actor at `last`
/// ("Russia and Belarus", "X, Y and Z").
fn list_start(units: &[Tagged], last: usize) -> usize {
    let mut first = last;
    while first >= 2 && matches!(units[first - 1].lower.as_str(), "and" | ",") && units[first - 2].pos == Pos::Actor {
        first -= 2;
    }
    first
}

/// The actor right before the `to` that opens the verb group at `start`
/// (the last of a list), and the unit before that list: in "urged Iran
/// and Iraq to talk", Iraq and "urged".
fn actor_before_to(units: &[Tagged], start: usize) -> Option<(usize, usize)> {
    let to = Some(start).filter(|&t| units.get(t).is_some_and(|u| u.pos == Pos::To))?;
    // "ordered Israel on Friday to halt": past the day.
    let before = day_start(units, to);
    let actor = before.checked_sub(1).filter(|&a| units[a].pos == Pos::Actor)?;
    let mut before = list_start(units, actor).checked_sub(1)?;
    // "forced the Russian army to withdraw", "asked a senior Japanese
    // official to": past the article and what describes the actor.
    while before > 0 && matches!(units[before].pos, Pos::Det | Pos::Adj | Pos::Num) {
        before -= 1;
    }
    Some((actor, before))
}

/// The actor asked to do the act whose verb group starts at `start`:
/// "called on Berlin to close", "urged Iran and Iraq to talk", "asked
/// Pakistan to expel". Its unit (the last of a list).
fn asked_party(units: &[Tagged], start: usize) -> Option<usize> {
    let (actor, mut verb) = actor_before_to(units, start)?;
    if matches!(units[verb].lower.as_str(), "on" | "upon") {
        verb = verb.checked_sub(1)?;
    }
    // "pushing hard for the EU to adopt", "called for Israel to halt".
    if units[verb].lower == "for" {
        verb = verb.checked_sub(1)?;
        while verb > 0 && units[verb].pos == Pos::Adv {
            verb -= 1;
        }
        return (units[verb].pos == Pos::Verb && units[verb].has_verb_lemma(&APPEAL_VERBS)).then_some(actor);
    }
    asks_to_act(units, verb).then_some(actor)
}

/// Unit `a` is a verb that asks someone else to act: "urged", "asked",
/// "called on" (not "called Mr. Starmer to congratulate him", a phone call).
fn asks_to_act(units: &[Tagged], a: usize) -> bool {
    let u = &units[a];
    u.pos == Pos::Verb
        && u.verb_lemmas.iter().any(|l| match l.as_str() {
            "call" => units.get(a + 1).is_some_and(|n| matches!(n.lower.as_str(), "on" | "upon")),
            // "warned Damascus to stop sheltering Ocalan", "ordered Israel
            // to halt its offensive": asked, not done.
            "warn" | "order" => true,
            l => APPEAL_VERBS.contains(&l),
        })
}

/// The actor another brings to do the act whose verb group starts at
/// `start`: "prompting Armenia to appeal", "forced Russia to withdraw",
/// "allowed inspectors to visit". Its unit (the last of a list).
fn moved_party(units: &[Tagged], start: usize) -> Option<usize> {
    let (actor, verb) = actor_before_to(units, start)?;
    const MOVING_VERBS: [&str; 10] =
        ["prompt", "force", "compel", "oblige", "lead", "cause", "persuade", "convince", "allow", "enable"];
    (units[verb].pos == Pos::Verb && units[verb].has_verb_lemma(&MOVING_VERBS)).then_some(actor)
}

/// The actor given leave to do the act whose verb group starts at
/// `start`: "gave permission to Russia to help", "gave Israel the
/// go-ahead to deploy". Its unit (the last of a list).
fn permitted_party(units: &[Tagged], start: usize) -> Option<usize> {
    if let Some((actor, before)) = actor_before_to(units, start) {
        let noun = before.checked_sub(1)?;
        return (matches!(units[before].lower.as_str(), "to" | "for")
            && PERMISSION_NOUNS.contains(&units[noun].lower.as_str()))
        .then_some(actor);
    }
    let noun = start.checked_sub(1).filter(|&n| PERMISSION_NOUNS.contains(&units[n].lower.as_str()))?;
    let mut k = noun;
    while k > 0 && matches!(units[k - 1].pos, Pos::Det | Pos::Adj) {
        k -= 1;
    }
    k.checked_sub(1).filter(|&a| units[a].pos == Pos::Actor)
}

/// Nouns of leave given: what one has leave to do is not done yet.
const PERMISSION_NOUNS: [&str; 9] = [
    "permission",
    "authorization",
    "authorisation",
    "approval",
    "consent",
    "clearance",
    "go-ahead",
    "leave",
    "mandate",
];

/// Verbs whose infinitive complement is asked of others ("urged X to").
const APPEAL_VERBS: [&str; 12] =
    ["call", "urge", "ask", "appeal", "press", "push", "encourage", "demand", "request", "invite", "implore", "exhort"];

/// An event with this code between these parties is coded already.
pub(crate) fn already_coded(events: &[CodedEvent], code: &str, source: &Party, target: Option<&Party>) -> bool {
    events.iter().any(|e| {
        e.code == code && e.source.code == source.code && e.target.as_ref().map(|t| t.code) == target.map(|t| t.code)
    })
}

pub(crate) fn party(units: &[Tagged], actors: &[ActorMention], unit: usize) -> Party {
    let actor = units[unit].actor.unwrap_or(0);
    Party { actor, code: actors[actor].code, span: actors[actor].span }
}

fn is_reporting(u: &Tagged) -> bool {
    u.verb_lemmas.iter().any(|l| {
        matches!(
            l.as_str(),
            "say"
                | "tell"
                | "add"
                | "state"
                | "announce"
                | "report"
                | "claim"
                | "insist"
                | "declare"
                | "confirm"
                | "warn"
                | "reiterate"
                | "stress"
                | "emphasize"
                | "emphasise"
                | "assert"
                | "conclude"
                | "remind"
        )
    })
}

/// Units that may stand between a frame item and what it names.
fn filler(u: &Tagged) -> bool {
    matches!(u.pos, Pos::Det) || matches!(u.lower.as_str(), "its" | "their" | "his" | "her" | "our" | "own")
}

/// The days of the week, lower case.
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Where an "on <weekday>" that ends at `end` starts; `end` when none
/// does ("ordered Israel on Friday to", "denied on Tuesday that").
fn day_start(units: &[Tagged], end: usize) -> usize {
    match end.checked_sub(2).map(|k| (units[k].lower.as_str(), units[k + 1].lower.as_str())) {
        Some(("on", day)) if WEEKDAYS.contains(&day) => end - 2,
        _ => end,
    }
}

/// Where the words after a time adverbial at `k` start ("on Sunday",
/// "on Friday evening", "yesterday", "last week"); `k` when none stands there.
fn after_time_adverbial(units: &[Tagged], k: usize, limit: usize) -> usize {
    const PARTS: [&str; 4] = ["morning", "afternoon", "evening", "night"];
    let word = |j: usize| (j < limit).then(|| units[j].lower.as_str());
    let end = match word(k) {
        Some("yesterday" | "today" | "tonight") => k + 1,
        Some("on") if word(k + 1).is_some_and(|w| WEEKDAYS.contains(&w)) => k + 2,
        Some("last" | "this" | "next") if word(k + 1).is_some_and(|w| w == "week" || WEEKDAYS.contains(&w)) => k + 2,
        _ => return k,
    };
    if word(end).is_some_and(|w| PARTS.contains(&w)) { end + 1 } else { end }
}

fn skip_fillers(units: &[Tagged], mut k: usize, limit: usize) -> usize {
    while k < limit && filler(&units[k]) {
        k += 1;
    }
    k
}

/// Matches a sequence of words at `k` (fillers allowed before the first).
fn match_words<S: AsRef<str>>(units: &[Tagged], k: usize, words: &[S], limit: usize) -> Option<usize> {
    match_word_seq(units, k, words.iter().map(AsRef::as_ref), limit)
}

/// [`match_words`] over words as they come (a particle split at spaces,
/// with nothing collected).
fn match_word_seq<'w>(units: &[Tagged], k: usize, words: impl Iterator<Item = &'w str>, limit: usize) -> Option<usize> {
    let k = skip_fillers(units, k, limit);
    if k > limit {
        return None;
    }
    let mut end = k;
    for w in words {
        if end >= limit || units[end].pos == Pos::Actor || !units[end].matches(w) {
            return None;
        }
        end += 1;
    }
    Some(end)
}

/// Every word item of `frame` may match some unit in `from..limit`: else
/// the frame cannot match there.
fn frame_words_present(masks: &ChoiceMasks<'_>, frame: &[FrameItem], from: usize, limit: usize) -> bool {
    frame.iter().all(|item| match item {
        FrameItem::Words(choice) => masks.get(choice).any_in(from, limit),
        _ => true,
    })
}

/// How far back before a head its pattern's preceding words are sought.
const MAX_BEFORE: usize = 12;

/// The words a pattern wants before head `i` stand there: they match from
/// some earlier unit and end right at the head, or anywhere before it when
/// the items end with a skip. Words match where they stand: no filler is
/// passed over ("most certainly won't").
fn matches_before(masks: &ChoiceMasks<'_>, i: usize, before: &[FrameItem]) -> bool {
    let (items, loose) = match before.split_last() {
        Some((FrameItem::Skip, rest)) => (rest, true),
        _ => (before, false),
    };
    (i.saturating_sub(MAX_BEFORE)..i).rev().any(|s| {
        let mut ends = Vec::new();
        literal_match(masks, s, items, i, &mut ends);
        ends.iter().any(|&e| e == i || (loose && e <= i))
    })
}

/// Every end at which `items` match from unit `k` on, words exactly where
/// they stand, a skip over up to `MAX_SKIP` units.
fn literal_match(masks: &ChoiceMasks<'_>, k: usize, items: &[FrameItem], limit: usize, ends: &mut Vec<usize>) {
    let units = masks.units();
    let Some((first, rest)) = items.split_first() else {
        ends.push(k);
        return;
    };
    match first {
        FrameItem::Skip => {
            for n in 0..=MAX_SKIP.min(limit.saturating_sub(k)) {
                literal_match(masks, k + n, rest, limit, ends);
            }
        }
        FrameItem::Words(choice) => {
            if k >= limit || units[k].pos == Pos::Actor {
                return;
            }
            if masks.get(choice).single(units, k) {
                literal_match(masks, k + 1, rest, limit, ends);
            }
            for alt in choice.multi.get(units[k].lower.as_str()).into_iter().flatten() {
                let e = k + alt.len();
                if e <= limit && alt.iter().enumerate().all(|(n, w)| units[k + n].matches(w)) {
                    literal_match(masks, e, rest, limit, ends);
                }
            }
        }
        // Actors before the verb are not imported.
        FrameItem::Target | FrameItem::Source => {}
    }
}

fn match_frame(masks: &ChoiceMasks<'_>, k: usize, items: &[FrameItem], limit: usize, slots: Slots) -> Option<Slots> {
    let units = masks.units();
    let Some((first, rest)) = items.split_first() else {
        return Some(Slots { end: k, ..slots });
    };
    match first {
        FrameItem::Skip => {
            // When single words come next, only positions holding one of
            // them are worth trying (checked here, cheaply, not by recursing).
            let next_single = match rest.first() {
                Some(FrameItem::Words(choice)) if choice.multi.is_empty() => Some(masks.get(choice)),
                _ => None,
            };
            for n in 0..=MAX_SKIP {
                if k + n > limit
                    || (n > 0
                        && units[k + n - 1].pos == Pos::Punct
                        && matches!(units[k + n - 1].lower.as_str(), ";" | ":" | "," | ".")
                        && !opens_apposition(units, k + n - 1, limit))
                    // "rejected claims that it had offered to mediate": a
                    // clause that "that" opens after a noun is no part of
                    // the frame.
                    || (n > 1 && units[k + n - 1].lower == "that" && units[k + n - 2].pos == Pos::Noun)
                    // "retaliated by imposing tariffs on": a gerund's words
                    // after its preposition are that verb's.
                    || (n > 1
                        && units[k + n - 1].pos == Pos::Verb
                        && units[k + n - 1].lower.ends_with("ing")
                        && !units[k + n - 1].capitalised
                        && units[k + n - 2].pos == Pos::Prep)
                {
                    break;
                }
                if let Some(mask) = next_single {
                    let at = skip_fillers(units, k + n, limit);
                    if at >= limit || !mask.single(units, at) {
                        continue;
                    }
                }
                if let Some(s) = match_frame(masks, k + n, rest, limit, Slots { skipped: slots.skipped + n, ..slots }) {
                    return Some(s);
                }
            }
            None
        }
        FrameItem::Words(choice) => {
            let mask = masks.get(choice);
            let mut at = skip_fillers(units, k, limit);
            if at < limit && closes_apposition(units, at) {
                at = skip_fillers(units, at + 1, limit);
            }
            // "ordered Israel on Friday to halt", "to immediately halt": a
            // day between the frame's words, or an adverb after its "to".
            if at < limit && !mask.single(units, at) {
                let after = after_time_adverbial(units, at, limit);
                if after > at && after < limit && mask.single(units, after) {
                    at = after;
                } else if units[at].pos == Pos::Adv
                    && at > 0
                    && units[at - 1].pos == Pos::To
                    && at + 1 < limit
                    && mask.single(units, at + 1)
                {
                    at += 1;
                }
            }
            // A frame word may itself be an article ("on the margins"); a
            // "that" stays a filler, so that the act a demand names keeps
            // its own event ("demanded that Iran free").
            if at > k && k < limit && units[k].lower != "that" && mask.single(units, k) {
                at = k;
            }
            if at < limit
                && mask.single(units, at)
                && let Some(s) = match_frame(masks, at + 1, rest, limit, slots)
            {
                return Some(s);
            }
            // No form of the unit opens a multi-word alternative.
            if at >= limit || !mask.opens(units, at) {
                return None;
            }
            let u = &units[at];
            let firsts = std::iter::once(u.lower.as_str())
                .chain(u.noun_lemma.as_deref())
                .chain(u.verb_lemmas.iter().map(String::as_str));
            firsts.filter_map(|f| choice.multi.get(f)).flatten().find_map(|alt| {
                match_words(units, k, alt, limit).and_then(|e| match_frame(masks, e, rest, limit, slots))
            })
        }
        FrameItem::Target | FrameItem::Source => {
            // "helped the two exiled dissidents": numbers and adjectives
            // may stand before the actor too.
            // "took more than 300 UN peacekeepers hostage": an estimate
            // before the count ("more" is a determiner, "than" is not).
            let mut a = k;
            if a + 2 < limit
                && matches!(
                    (units[a].lower.as_str(), units[a + 1].lower.as_str()),
                    ("more" | "fewer" | "less", "than") | ("at", "least") | ("up", "to")
                )
                && units[a + 2].pos == Pos::Num
            {
                a += 2;
            }
            let mut a = skip_fillers(units, a, limit);
            let mut extra = 0;
            while a < limit
                && extra < 3
                && (matches!(units[a].pos, Pos::Num | Pos::Adj)
                    || units[a].participle
                    || (units[a].capitalised && units[a].pos == Pos::Noun))
            {
                a += 1;
                extra += 1;
            }
            // "at thousands of Kenyan protesters": a count of the party.
            if a + 1 < limit
                && COUNT_NOUNS.contains(&units[a].lower.as_str())
                && units[a + 1].lower == "of"
                && units.get(a + 2).is_some_and(|u| u.pos == Pos::Actor)
            {
                a += 2;
            }
            if a >= limit || units[a].pos != Pos::Actor {
                return None;
            }
            let a = possessed(units, a);
            let mut s = slots;
            if *first == FrameItem::Target {
                s.target = Some(a);
            } else {
                s.source = Some(a);
            }
            // A coordinated phrase fills the slot whole.
            let end = coordinated_right(units, a).last().copied().unwrap_or(a) + 1;
            match_frame(masks, end, rest, limit, s)
        }
    }
}

/// End of the clause that unit `i` is in (exclusive).
pub(crate) fn clause_end(units: &[Tagged], i: usize) -> usize {
    (i + 1..units.len())
        .find(|&k| {
            let u = &units[k];
            matches!(
                u.lower.as_str(),
                ";" | ":"
                    | "("
                    | "while"
                    | "whereas"
                    | "although"
                    | "though"
                    | "because"
                    | "unless"
                    | "who"
                    | "which"
                    | "where"
            ) || (u.lower == "," && units.get(k + 1).is_some_and(|n| matches!(n.pos, Pos::Sub | Pos::Wh)))
        })
        .unwrap_or(units.len())
}

/// The verb group ending at the head `i`: auxiliaries, modals, negation,
/// adverbs and `to` before it.
pub(crate) fn verb_group(units: &[Tagged], i: usize, reported: bool) -> Group {
    let mut g = Group { start: i, ..Group::default() };
    let mut k = i;
    let mut be = false;
    while k > 0 {
        let u = &units[k - 1];
        match u.pos {
            Pos::Aux | Pos::Modal | Pos::Neg | Pos::Adv | Pos::To => {}
            _ => break,
        }
        k -= 1;
        match u.pos {
            Pos::Neg => g.negated = true,
            Pos::Modal => {
                let w = u.lower.as_str();
                if matches!(w, "could" | "might" | "may" | "should") || (w == "would" && !reported) {
                    g.hypothetical = true;
                    g.should |= w == "should";
                } else if matches!(w, "will" | "shall" | "would" | "'ll") && reported {
                    // Announced by a speaker ("said it will"): a stated
                    // intention; the reporter's own future tense is not.
                    g.future = true;
                } else if w == "must" {
                    g.must = true;
                }
            }
            Pos::Aux => {
                if BE_FORMS.contains(&u.lower.as_str()) {
                    be = true;
                }
                if u.lower.ends_with("n't") {
                    g.negated = true;
                }
            }
            _ => {}
        }
    }
    g.start = k;
    // A same-form verb followed by its object ("was put pressure", as
    // machine translation writes "put pressure") is no passive.
    let same_form_passive = crate::tagger::SAME_FORM_PARTICIPLES.contains(&units[i].lower.as_str())
        && units.get(i + 1).is_none_or(|u| !matches!(u.pos, Pos::Noun | Pos::Det | Pos::Actor));
    // "is prepared to ease", "is committed to help": a participle before
    // an infinitive describes its subject's stance; nothing is done to it.
    let stance = units.get(i + 1).is_some_and(|u| u.pos == Pos::To)
        && units.get(i + 2).is_some_and(|u| u.pos == Pos::Verb)
        && [FUTURE_WORDS, INTENT_WORDS].iter().any(|set| set.contains(&units[i].lower.as_str()));
    g.passive = be && (units[i].participle || same_form_passive) && !units[i].lower.ends_with("ing") && !stance;
    // "is unlikely to", "is not inclined to", "plans to" mark the event as
    // only possible; look just before the group.
    if k >= 1 && units[k - 1..i].iter().any(|u| u.pos == Pos::To) {
        // The group itself may hold the word ("is unlikely to", an adverb).
        let before = &units[k.saturating_sub(3)..i];
        if before.iter().any(|u| FUTURE_WORDS.contains(&u.lower.as_str())) {
            g.future = true;
        }
        // Intent words may stand a little further off ("agreed in principle
        // on Saturday to provide").
        let wider = &units[k.saturating_sub(6)..k];
        if let Some(w) = wider.iter().position(|u| INTENT_WORDS.contains(&u.lower.as_str())) {
            g.future = true;
            g.intent = true;
            // "would not agree to hold": the intent itself is denied.
            let at = k.saturating_sub(6) + w;
            if units[at.saturating_sub(2)..at].iter().any(|u| u.pos == Pos::Neg || u.lower.ends_with("n't")) {
                g.negated = !g.negated;
            }
        }
        // "faces pressure from Congress to help Iran", "calls on X to": what
        // others press for, or give leave for, is not done.
        if wider
            .iter()
            .any(|u| matches!(u.lower.as_str(), "pressure" | "pressures" | "calls" | "demands" | "ultimatum"))
            // "gave Russia permission to help": leave to act is no act.
            || wider.iter().any(|u| PERMISSION_NOUNS.contains(&u.lower.as_str()))
        {
            g.hypothetical = true;
        }
        // "called on Muslim countries to cut ties", "urged them to": what
        // is asked of others is not done.
        if (k.saturating_sub(6)..k).any(|a| asks_to_act(units, a)) {
            g.hypothetical = true;
        }
        // "refused to deploy", "declined to meet", "failed to reach": the
        // act did not happen.
        if before.iter().any(|u| REFUSAL_WORDS.contains(&u.lower.as_str())) {
            g.negated = !g.negated;
        }
        if before.iter().any(|u| MODAL_WORDS.contains(&u.lower.as_str())) {
            g.hypothetical = true;
            // The negation of "not inclined to" belongs to the modal word.
            g.negated = false;
        }
    }
    // "planned to give a speech and meet with": a bare verb after "and"
    // shares the mood of the infinitive it is coordinated with.
    if k == i
        && k > 0
        && units[k - 1].lower == "and"
        && units[i].verb_lemmas.contains(&units[i].lower)
        && let Some(v) = crate::tagger::infinitive_before(units, k - 1)
    {
        let shared = verb_group(units, v, reported);
        g = Group { start: g.start, passive: g.passive, ..shared };
    }
    // "were killed and five wounded": a participle after "and" and a count
    // goes on with the passive before it.
    if k == i && units[i].participle && units[i].lower.ends_with("ed") {
        let mut a = k;
        while a > 0 && units[a - 1].pos == Pos::Num {
            a -= 1;
        }
        if a < k
            && a > 1
            && units[a - 1].lower == "and"
            && units[a - 2].pos == Pos::Verb
            && units[a - 2].participle
            && verb_group(units, a - 2, reported).passive
        {
            g.passive = true;
        }
    }
    g
}

/// Words that announce what follows them (`plans to`, `is going to`).
const FUTURE_WORDS: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "going",
    "set",
    "prepared",
    "preparing",
    "decided",
    "decides",
    "vowed",
    "vows",
];

/// Words that make what follows them only possible.
const MODAL_WORDS: &[&str] = &[
    "unlikely",
    "likely",
    "inclined",
    "unwilling",
    "able",
    // "strong enough to repel the West": a capacity, not an act.
    "enough",
    "possible",
    "expected",
    "wish",
    "wishes",
    "may",
    "might",
    "could",
    // "threatened to send": the threat is the event, the act is not done.
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    // "a plot to assassinate the president": planned, not done.
    "plot",
    "plots",
];

/// Words that say what follows did not happen (`refused to`, `failed to`).
const REFUSAL_WORDS: &[&str] = &[
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "decline",
    "declines",
    "declined",
    "declining",
    "fail",
    "fails",
    "failed",
    "failing",
];

/// Words that state an intention to do what follows (CAMEO's 03x codes
/// for cooperation, 13x threats for conflict).
const INTENT_WORDS: &[&str] = &[
    "agree",
    "agrees",
    "agreed",
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "aim",
    "aims",
    "aimed",
    "pledge",
    "pledges",
    "pledged",
    "promise",
    "promises",
    "promised",
    "offer",
    "offers",
    "offered",
    "vowed",
    "vow",
    "vows",
    "willing",
    "ready",
    "eager",
    "determined",
    "committed",
];

/// True when the clause of `start` is conditional or doubtful: `if`,
/// `unless`, `whether`, `unlikely that`, `could`.
fn conditional_clause(units: &[Tagged], start: usize) -> bool {
    for k in (0..start).rev() {
        let w = units[k].lower.as_str();
        if matches!(w, "if" | "unless" | "whether" | "unlikely" | "perhaps" | "maybe" | "possibly") {
            return true;
        }
        if matches!(w, ";" | ":" | "while" | "although" | "because" | "who" | "which")
            || (units[k].pos == Pos::Verb && !is_reporting(&units[k]))
        {
            return false;
        }
    }
    false
}

/// The clause starting at `start` is what someone denies: "denied that
/// he had met", "rejected claims that it had closed its border",
/// "dismissed reports that troops had crossed". Its act is negated.
fn denied_clause(units: &[Tagged], start: usize) -> bool {
    // "denied supplying drones": the gerund right after the denial.
    if units[start].lower.ends_with("ing")
        && start > 0
        && units[start - 1].pos == Pos::Verb
        && units[start - 1].has_verb_lemma(&["deny", "refute"])
    {
        return true;
    }
    let Some(that) = (start.saturating_sub(6)..start).rev().find(|&k| units[k].lower == "that") else {
        return false;
    };
    // Only the subject of the clause stands between `that` and its verb.
    if units[that + 1..start].iter().any(|u| matches!(u.pos, Pos::Verb | Pos::Punct | Pos::Sub)) {
        return false;
    }
    let denies = |k: usize| {
        units[k].pos == Pos::Verb
            && units[k].has_verb_lemma(&["deny", "reject", "dismiss", "refute", "rebuff", "dispute"])
    };
    // "denied on Tuesday that": past the day.
    let before_that = day_start(units, that).checked_sub(1);
    match before_that {
        Some(k) if denies(k) => true,
        // "rejected claims that", "denied the reports that".
        Some(k) if DENIED_NOUNS.contains(&units[k].lower.as_str()) => {
            (k.saturating_sub(3)..k).rev().take_while(|&j| !matches!(units[j].pos, Pos::Punct)).any(denies)
        }
        _ => false,
    }
}

/// The doer of an act someone is accused of, when the verb group starting
/// at `start` is that act: "accused Kyiv of attempting to assassinate",
/// "blamed Hamas for trying to attack". The accused actor's unit.
fn accused_of(units: &[Tagged], start: usize) -> Option<usize> {
    let mut k = start;
    // "attempting to", "plotting to": the try, not the act, follows `of`.
    if k > 0 && units[k - 1].lower.ends_with("ing") && !matches!(units[k - 1].pos, Pos::Actor | Pos::Prep) {
        k -= 1;
    }
    let of =
        k.checked_sub(1).filter(|&p| units[p].pos == Pos::Prep && matches!(units[p].lower.as_str(), "of" | "for"))?;
    // The accused, last of a list ("accused Russia and Belarus of").
    let first = list_start(units, of.checked_sub(1).filter(|&a| units[a].pos == Pos::Actor)?);
    let verb = first.checked_sub(1)?;
    let accuses = units[verb].pos == Pos::Verb
        && units[verb].has_verb_lemma(&["accuse", "blame", "charge", "suspect", "indict", "convict"]);
    accuses.then_some(first)
}

/// The clause starting at `start` describes a scenario, not an event: "a
/// scenario in which Washington and Moscow reconcile", "the prospect that
/// Iran would attack". Its act is only imagined.
fn imagined_clause(units: &[Tagged], start: usize) -> bool {
    let Some(opener) =
        (start.saturating_sub(6)..start).rev().find(|&k| matches!(units[k].lower.as_str(), "which" | "where" | "that"))
    else {
        return false;
    };
    if units[opener + 1..start].iter().any(|u| matches!(u.pos, Pos::Verb | Pos::Punct | Pos::Sub)) {
        return false;
    }
    // "in which", "under which": the preposition stands between.
    let noun = match opener.checked_sub(1) {
        Some(k) if units[k].pos == Pos::Prep => k.checked_sub(1),
        k => k,
    };
    noun.is_some_and(|k| {
        let noun = units[k].lower.as_str();
        IMAGINED_NOUNS.contains(&noun) || opener == k + 1 && crate::folds::wanted_code(noun).is_some()
    })
}

/// Nouns whose clause is imagined ("a scenario in which").
const IMAGINED_NOUNS: [&str; 10] = [
    "scenario",
    "scenarios",
    "prospect",
    "prospects",
    "possibility",
    "possibilities",
    "hypothesis",
    "fear",
    "fears",
    "idea",
];

/// What is denied: "rejected claims that", "denied reports that".
const DENIED_NOUNS: [&str; 10] = [
    "claim",
    "claims",
    "report",
    "reports",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "suggestion",
    "suggestions",
];

/// True when an `if` or `unless` clause follows unit `i` in its sentence
/// part ("will retaliate if attacked").
fn condition_follows(units: &[Tagged], i: usize) -> bool {
    units[i + 1..]
        .iter()
        .take_while(|u| !matches!(u.lower.as_str(), ";" | ":"))
        .any(|u| matches!(u.lower.as_str(), "if" | "unless"))
}

/// Actors coordinated with the one at `a` going right: `A, B and C`.
pub(crate) fn coordinated_right(units: &[Tagged], a: usize) -> Vec<usize> {
    let mut out = vec![a];
    // Members joined by commas alone count only once "and"/"or" closes the
    // list ("A, B and C"); "…against Ukraine, Beijing said" is no list.
    let mut closed = out.len();
    let mut k = a + 1;
    while k + 1 < units.len() && matches!(units[k].lower.as_str(), "," | "and" | "or") {
        let mut n = k + 1;
        let mut conj = units[k].lower != ",";
        if matches!(units[n].lower.as_str(), "and" | "or") {
            n += 1;
            conj = true;
        }
        while n < units.len() && filler(&units[n]) {
            n += 1;
        }
        // "support for Denmark, and the Élysée Palace said": an actor that
        // a verb follows opens a clause of its own.
        // Only once the sentence has had its verb ("The meeting between X,
        // the Mexican president, and Y lasted" is one list).
        let finite = |u: &Tagged| {
            matches!(u.pos, Pos::Aux | Pos::Modal) || u.pos == Pos::Verb && !u.verb_lemmas.contains(&u.lower)
        };
        let subject = || units.get(n + 1).is_some_and(finite) && units[..a].iter().any(|u| u.pos == Pos::Verb);
        if n < units.len() && units[n].pos == Pos::Actor && !(units[k].lower == "," && subject()) {
            out.push(n);
            if conj {
                closed = out.len();
            }
            k = n + 1;
        } else {
            break;
        }
    }
    out.truncate(closed);
    out
}

/// Actors coordinated with the one at `a` going left.
fn coordinated_left(units: &[Tagged], a: usize) -> Vec<usize> {
    let mut out = vec![a];
    let mut k = a;
    // A comma joins only in a list that "and"/"or" closes, so the first
    // join met going left must be one ("A, B and C"; not "…to the
    // Pentagon, Iraqi militias").
    let mut closed = false;
    loop {
        let mut p = k;
        while p > 0 && filler(&units[p - 1]) {
            p -= 1;
        }
        // "Hamas and Iran's Revolutionary Guards": the owner belongs to
        // the member's phrase; the list goes on before it.
        if p >= 2 && units[p - 1].pos == Pos::Possessive && units[p - 2].pos == Pos::Actor {
            p -= 2;
        }
        let sep = if p >= 1 { units[p - 1].lower.as_str() } else { "" };
        // "Australia, Papua New Guinea Sign Defence Treaty": a headline
        // lists its subjects with commas alone.
        let headline_list =
            sep == "," && p == 2 && units.get(a + 1).is_some_and(|v| v.pos == Pos::Verb && v.capitalised);
        let joins = matches!(sep, "and" | "or") || (sep == "," && (closed || headline_list));
        // "Modi, and Kishida": a comma before the "and".
        if joins && sep != "," && p >= 3 && units[p - 2].lower == "," && units[p - 3].pos == Pos::Actor {
            p -= 1;
        }
        // "According to a spokesman for the Italian ministry, Sudan and
        // Denmark": the comma ends the attribution, no list.
        // "Flanked by Rubio, Congo and Rwanda signed": a participle's agent
        // before the comma is no member of the list after it.
        let stray = sep == "," && p >= 2 && {
            // The phrase before the comma opens with a participle and "by".
            let open = (0..p - 1).rev().find(|&b| units[b].lower == ",").map_or(0, |c| c + 1);
            units[open].pos == Pos::Verb
                && units[open].participle
                && units.get(open + 1).is_some_and(|u| u.lower == "by")
        };
        if p >= 2 && joins && units[p - 2].pos == Pos::Actor && !(sep == "," && in_attribution(units, p - 2)) && !stray
        {
            closed = true;
            out.push(p - 2);
            k = p - 2;
        } else {
            break;
        }
    }
    out.reverse();
    out
}

/// Unit `k` stands in an opening "according to …" phrase, before the
/// comma that ends it; an apposition may stand inside ("according to
/// Samuel Aydin, a spokesman for the ministry,").
fn in_attribution(units: &[Tagged], k: usize) -> bool {
    let mut apposition = false;
    for j in (0..k).rev() {
        let u = &units[j];
        if u.lower == "according" {
            return true;
        }
        if u.pos == Pos::Verb {
            return false;
        }
        if u.lower == "," {
            // An apposition names a person's post: "a spokesman for".
            let post = units.get(j + 1).is_some_and(|n| n.pos == Pos::Det)
                && units.get(j + 2).is_some_and(|n| n.pos == Pos::Noun);
            if apposition || !post {
                return false;
            }
            apposition = true;
        }
    }
    false
}

/// Where the object of a verb ends before `limit`: at a relative clause
/// that "that" opens after a noun ("vetoed a bill that would have eased
/// restrictions on Russian imports"), or at a second verb of the subject's
/// ("urged the allies to settle it and said … Russia"). The actors after
/// are no object of the verb.
fn object_end(units: &[Tagged], from: usize, limit: usize) -> usize {
    (from.max(1)..limit)
        .find(|&k| {
            let next = units.get(k + 1);
            units[k].lower == "that"
                && units[k - 1].pos == Pos::Noun
                && next.is_some_and(|n| matches!(n.pos, Pos::Aux | Pos::Modal | Pos::Verb))
                || matches!(units[k].lower.as_str(), "and" | "but")
                    && next.is_some_and(|n| n.pos == Pos::Verb && !n.lower.ends_with("ing"))
                // "the decision to sanction diplomats was criticised by
                // Russia": an auxiliary after a noun is the next predicate.
                || matches!(units[k].pos, Pos::Aux | Pos::Modal) && units[k - 1].pos == Pos::Noun
        })
        .unwrap_or(limit)
}

/// The first comma at or after `from`, else `limit`.
fn comma_or(units: &[Tagged], from: usize, limit: usize) -> usize {
    (from..limit).find(|&k| units[k].lower == ",").unwrap_or(limit)
}

/// Where the object of verb `i` starts when "and" joins it to a second
/// verb with an object of its own ("donated and personally delivered
/// goods"): right after that verb.
fn shared_object_start(units: &[Tagged], i: usize) -> Option<usize> {
    if units[i].pos != Pos::Verb || !matches!(units.get(i + 1)?.lower.as_str(), "and" | "or") {
        return None;
    }
    let mut k = i + 2;
    while units.get(k)?.pos == Pos::Adv {
        k += 1;
    }
    // "would not surrender and warned that ...": a clause is no object.
    let clause_follows = units
        .get(k + 1)
        .is_none_or(|n| n.lower == "that" || matches!(n.pos, Pos::Sub | Pos::Wh | Pos::Punct | Pos::To));
    (units[k].pos == Pos::Verb && !is_reporting(&units[k]) && !clause_follows).then_some(k + 1)
}

/// The first actor after `from` (before `limit`) in a phrase that
/// "against" opens.
fn against_after(units: &[Tagged], from: usize, limit: usize) -> Option<usize> {
    let at = (from + 1..limit.min(units.len())).find(|&k| units[k].lower == "against")?;
    first_actor_after(units, at + 1, limit).filter(|&a| led_by(units, a, &["against"]))
}

fn first_actor_after(units: &[Tagged], from: usize, limit: usize) -> Option<usize> {
    (from..limit.min(units.len())).find(|&k| units[k].pos == Pos::Actor).map(|k| possessed(units, k))
}

/// "Egypt's Muslim Brotherhood": the actor a possessive actor owns is the
/// head of the phrase.
fn possessed(units: &[Tagged], a: usize) -> usize {
    if units.get(a + 1).is_some_and(|u| u.pos == Pos::Possessive)
        && units.get(a + 2).is_some_and(|u| u.pos == Pos::Actor)
    {
        a + 2
    } else {
        a
    }
}

/// True when the actor at `a` is the object of a preposition.
fn after_preposition(units: &[Tagged], a: usize) -> bool {
    let mut p = a;
    while p > 0 && (filler(&units[p - 1]) || units[p - 1].pos == Pos::Adj) {
        p -= 1;
    }
    if p == 0 || !matches!(units[p - 1].pos, Pos::Prep | Pos::To) {
        return false;
    }
    // "Hundreds of UN troops", "dozens of Israeli settlers": the actor
    // after a quantity's "of" heads the phrase.
    let quantity_of = units[p - 1].lower == "of" && p >= 2 && {
        let w = units[p - 2].lower.as_str();
        units[p - 2].pos == Pos::Num || COUNT_NOUNS.contains(&w) || QUANTITY_NOUNS.contains(&w)
    };
    !quantity_of
}

/// The verb whose object clause, opened by "that", holds the group at
/// `start`: the nearest verb before the nearest "that" (`that` right
/// before the clause's subject).
fn governing_that(units: &[Tagged], start: usize) -> Option<usize> {
    let that = (start.saturating_sub(3)..start).rev().find(|&k| units[k].lower == "that")?;
    (that.saturating_sub(10)..that).rev().find(|&k| units[k].pos == Pos::Verb)
}

/// The preposition after a noun ("the head of", "a camp for") whose object
/// the actor phrase at `a` is, if any.
fn preposition_before(units: &[Tagged], a: usize) -> Option<&str> {
    let mut p = a;
    while p > 0 && (filler(&units[p - 1]) || units[p - 1].pos == Pos::Adj) {
        p -= 1;
    }
    (p > 1 && matches!(units[p - 1].pos, Pos::Prep | Pos::To) && units[p - 2].pos == Pos::Noun)
        .then(|| units[p - 1].lower.as_str())
}

/// The actor at `a` is the `by` agent of a participle right after a noun
/// ("A roadside bomb planted by the Pakistani Taliban killed"): with no
/// actor heading the subject, it stands for it.
fn participle_agent(units: &[Tagged], a: usize) -> bool {
    let mut p = a;
    while p > 0 && filler(&units[p - 1]) {
        p -= 1;
    }
    p > 2
        && units[p - 1].lower == "by"
        && units[p - 2].pos == Pos::Verb
        && units[p - 2].participle
        && units[p - 3].pos == Pos::Noun
}

/// Plural numbers in words ("thousands of protesters").
const COUNT_NOUNS: [&str; 6] = ["hundreds", "thousands", "dozens", "millions", "scores", "tens"];

/// Other words that count or group what their "of" introduces.
const QUANTITY_NOUNS: &[&str] = &[
    "some",
    "many",
    "most",
    "several",
    "group",
    "groups",
    "number",
    "handful",
    "majority",
    "contingent",
    "battalion",
    "unit",
    "units",
    "team",
    "teams",
    "delegation",
];

/// The subject of the verb whose group starts at `start`: the nearest actor
/// phrase before it in the clause, through pronouns, relative pronouns and
/// chains of verbs (`X pledged to expel`, `X met Y and attacked Z`).
pub(crate) fn subject(units: &[Tagged], start: usize, depth: usize) -> Vec<usize> {
    // "The head of the IAEA", "a camp for Congolese refugees": when no
    // actor heads the subject, the one its "of"/"for" names stands for it.
    let mut of_object: Vec<usize> = Vec::new();
    let mut j = start;
    while j > 0 {
        j -= 1;
        let u = &units[j];
        match u.pos {
            Pos::Actor => {
                let group = coordinated_left(units, j);
                // "in Europe and Asia": the whole list is a prepositional object.
                if after_preposition(units, group[0]) {
                    if participle_agent(units, group[0]) {
                        return group;
                    }
                    if of_object.is_empty()
                        && preposition_before(units, group[0]).is_some_and(|w| w == "of" || w == "for")
                    {
                        of_object = group.clone();
                    }
                    j = group[0];
                    continue;
                }
                // "condemned Putin's decision to suspend": the owner of the
                // noun whose infinitive this is acts.
                if units.get(j + 1).is_some_and(|u| u.pos == Pos::Possessive)
                    && units.get(j + 2).is_some_and(|u| u.pos == Pos::Noun)
                    && j + 3 == start
                    && units[start].pos == Pos::To
                {
                    return group;
                }
                // An object of an earlier verb: that verb's subject is ours.
                let mut p = group[0];
                // ("kidnapped up to 16 Russian advisers and exploded").
                let quantity = |k: usize| {
                    matches!(units[k].pos, Pos::Num) || {
                        let w = units[k].lower.as_str();
                        matches!(w, "up" | "to" | "more" | "than" | "at" | "least" | "nearly" | "about" | "almost")
                            && units[k + 1..=group[0]].iter().any(|u| u.pos == Pos::Num)
                    }
                };
                // "demanded that Canada release": "that" opens a clause
                // whose subject Canada is.
                while p > 0
                    && units[p - 1].lower != "that"
                    // ("a Bosnian Serb war crimes suspect": a name before
                    // a name describes it)
                    && (filler(&units[p - 1])
                        || matches!(units[p - 1].pos, Pos::Adj | Pos::Actor)
                        || quantity(p - 1))
                {
                    p -= 1;
                }
                if p > 0 && units[p - 1].pos == Pos::Verb && !is_reporting(&units[p - 1]) && depth < MAX_CHAIN {
                    // An object is never the subject, even when the earlier
                    // verb's own subject is no actor ("an explosion killed two
                    // Iraqi youths and wounded five others").
                    // "Newly appointed Prime Minister X": a participle
                    // opening the phrase describes X, it has no object.
                    let v = verb_group(units, p - 1, false).start;
                    let describing =
                        units[p - 1].participle && (v == 0 || matches!(units[v - 1].pos, Pos::Det | Pos::Prep));
                    if !describing {
                        return subject(units, v, depth + 1);
                    }
                }
                return group;
            }
            // "military commanders, who warned": a relative pronoun's
            // antecedent is the actor right before it.
            Pos::Wh if matches!(u.lower.as_str(), "who" | "which") => {
                let mut a = j;
                while a > 0 && units[a - 1].lower == "," {
                    a -= 1;
                }
                if a > 0 && units[a - 1].pos == Pos::Actor {
                    return coordinated_left(units, a - 1);
                }
                // "vetoed the resolution, which called for": the antecedent
                // is a thing, not the main clause's subject.
                if a > 0 && units[a - 1].pos == Pos::Noun {
                    return of_object;
                }
            }
            Pos::Pron if is_subject_pronoun(&u.lower) => {
                // Nearest earlier actor that is not a prepositional object;
                // "he" or "she" a person first ("Trump accused South Africa
                // ... as he hosted Ramaphosa").
                // (Adjacent names are one phrase: "on Bosnian Serb positions".)
                let candidate = |k: usize| {
                    let mut first = k;
                    while first > 0 && units[first - 1].pos == Pos::Actor {
                        first -= 1;
                    }
                    units[k].pos == Pos::Actor && !after_preposition(units, first)
                };
                let personal = matches!(u.lower.as_str(), "he" | "she");
                return (0..j)
                    .rev()
                    .find(|&k| personal && candidate(k) && units[k].person)
                    .or_else(|| (0..j).rev().find(|&k| candidate(k)))
                    .map(|k| coordinated_left(units, k))
                    .unwrap_or_default();
            }
            Pos::Verb if depth < MAX_CHAIN && !is_reporting(u) => {
                let v = verb_group(units, j, false).start;
                return subject(units, v, depth + 1);
            }
            Pos::Sub => return of_object,
            // "declined to comment on reports that Wagner fighters had
            // arrived": a "that" after a noun opens a clause whose subject
            // stands after it, found or not ("reports that its troops":
            // "its" points back past it). After a verb of saying the
            // speaker stays the fallback ("said that the government would").
            _ if u.lower == "that"
                && j > 0
                && !units[j + 1..start].iter().any(|w| w.lower == ",")
                // Not a relative "that" ("a bomb that could be mounted").
                && !units.get(j + 1).is_some_and(|n| matches!(n.pos, Pos::Aux | Pos::Modal | Pos::Verb | Pos::Neg | Pos::Adv))
                && units[j - 1].pos == Pos::Noun
                // ("told reporters that": the verb's clause, not the noun's)
                && !(j >= 2 && is_reporting(&units[j - 2]))
                && !units.get(j + 1).is_some_and(|n| POSSESSIVES.contains(&n.lower.as_str())) =>
            {
                return of_object;
            }
            Pos::Punct if matches!(u.lower.as_str(), ";" | ":") => return of_object,
            // "Putin said the head of the IAEA would visit": the reported
            // clause has its own subject.
            Pos::Verb if !of_object.is_empty() && is_reporting(u) => return of_object,
            // "Pakistan, a key U.S. ally, has refused": skip the apposition;
            // "Japan, which is locked in a dispute with China, called": and
            // a relative clause, whose actors are not the subject.
            Pos::Punct if u.lower == "," => {
                if let Some(open) = apposition_start(units, j).or_else(|| relative_start(units, j)) {
                    j = open;
                }
            }
            _ => {}
        }
    }
    of_object
}

/// If the comma at `close` ends a relative clause that ", which" or ",
/// who" opened, the index of the comma that opens it.
fn relative_start(units: &[Tagged], close: usize) -> Option<usize> {
    let open = (close.saturating_sub(25)..close).rev().find(|&k| units[k].lower == ",")?;
    units.get(open + 1).is_some_and(|u| matches!(u.lower.as_str(), "which" | "who")).then_some(open)
}

/// The comma at `at` opens an apposition that a second comma closes
/// before `limit` ("used chloropicrin, a chemical weapon, against"): the
/// words of a frame may be found inside it.
fn opens_apposition(units: &[Tagged], at: usize, limit: usize) -> bool {
    units[at].lower == ","
        && units
            .get(at + 1)
            .is_some_and(|u| matches!(u.pos, Pos::Det | Pos::Num) || POSSESSIVES.contains(&u.lower.as_str()))
        && (at + 2..limit.min(at + 8)).any(|k| units[k].lower == ",")
        && !units[at + 1..limit.min(at + 8)].iter().take_while(|u| u.lower != ",").any(|u| u.pos == Pos::Verb)
}

/// The comma at `at` closes an apposition opened shortly before.
fn closes_apposition(units: &[Tagged], at: usize) -> bool {
    units[at].lower == "," && (at.saturating_sub(8)..at).any(|j| opens_apposition(units, j, at + 1))
}

/// If the comma at `close` ends an apposition (`, a key U.S. ally,`) that
/// follows an actor, the index of the comma that opens it.
fn apposition_start(units: &[Tagged], close: usize) -> Option<usize> {
    let open = (close.saturating_sub(12)..close).rev().find(|&k| units[k].lower == ",")?;
    let first = units.get(open + 1)?;
    let starts_like_apposition =
        matches!(first.pos, Pos::Det | Pos::Num) || matches!(first.lower.as_str(), "its" | "their" | "his" | "her");
    let inner_verb = units[open + 1..close].iter().any(|u| u.pos == Pos::Verb);
    (starts_like_apposition && !inner_verb && open > 0 && units[open - 1].pos == Pos::Actor).then_some(open)
}

/// The source of a nominal event: `X's visit`, `Chinese visit`, else the
/// subject of the verb that governs the noun.
fn nominal_source(units: &[Tagged], i: usize) -> Vec<usize> {
    let mut k = i;
    while k > 0 && matches!(units[k - 1].pos, Pos::Adj | Pos::Possessive | Pos::Noun) && i - k < 3 {
        k -= 1;
    }
    if k > 0 && units[k - 1].pos == Pos::Actor {
        return coordinated_left(units, k - 1);
    }
    // "Macron praised Modi's leadership during his visit to New Delhi":
    // "his" is the clause's subject, whatever the verb (not after a cause:
    // "sanctions on the Taliban for its support of").
    if k > 0
        && matches!(units[k - 1].lower.as_str(), "his" | "her" | "its" | "their")
        && !(k > 1 && CAUSE_WORDS.contains(&units[k - 2].lower.as_str()))
    {
        return (0..k - 1)
            .rev()
            .find(|&v| units[v].pos == Pos::Verb && !is_reporting(&units[v]))
            .map(|v| subject(units, verb_group(units, v, false).start, 1))
            .unwrap_or_else(|| opening_phrase_subject(units, i));
    }
    // "summoned the envoy over the detention of X", "reservists for an
    // offensive": a cause, occasion or purpose,
    // not the subject's own act.
    let mut d = k;
    while d > 0 && filler(&units[d - 1]) {
        d -= 1;
    }
    // "the Islamic militants behind last week's bombing": who is behind
    // an act did it, an actor or no one the text names.
    if d > 1 && units[d - 1].lower == "behind" {
        return if units[d - 2].pos == Pos::Actor { coordinated_left(units, d - 2) } else { Vec::new() };
    }
    // "claimed responsibility for a drone attack": the claimant's act.
    let claimed =
        d > 1 && units[d - 1].lower == "for" && matches!(units[d - 2].lower.as_str(), "responsibility" | "credit");
    // A meeting or visit the clause's subject takes part in: "After talks
    // with Wang Yi, Blinken said" (opening the sentence), "travelled to
    // Moscow for talks with Lavrov", "praised China during talks with Li".
    let own_meeting = d > 0
        && MEETING_NOUNS.contains(&units[i].lower.as_str())
        && match units[d - 1].lower.as_str() {
            "after" | "following" => {
                (0..d - 1).all(|v| units[v].pos != Pos::Verb || v == 0 && units[v].lower.ends_with("ing"))
            }
            // Not for a cause: "sanctioned Iran for talks with Russia".
            "for" => (0..d - 1).rev().find(|&v| units[v].pos == Pos::Verb).is_some_and(|v| {
                units[v].has_verb_lemma(&[
                    "travel", "arrive", "fly", "go", "head", "come", "return", "visit", "land", "cross",
                ])
            }),
            "during" => true,
            _ => false,
        };
    if d > 0 && CAUSE_WORDS.contains(&units[d - 1].lower.as_str()) && !claimed && !own_meeting {
        return Vec::new();
    }
    match (0..k).rev().find(|&v| units[v].pos == Pos::Verb && !(v == 0 && units[v].lower.ends_with("ing"))) {
        // "investigating the killing of X", "condemned the attack": the
        // subject speaks of the act, it did not do it.
        Some(v) if units[v].has_verb_lemma(ABOUT_VERBS) && !own_meeting => Vec::new(),
        Some(v) => subject(units, verb_group(units, v, false).start, 1),
        None => opening_phrase_subject(units, i),
    }
}

/// The subject of the main clause when the noun at `i` stands in a phrase
/// that opens the sentence and ends at a comma ("After talks with Wang
/// Yi, Blinken said", "During his visit to Moscow, Modi").
fn opening_phrase_subject(units: &[Tagged], i: usize) -> Vec<usize> {
    let Some(comma) = (i + 1..units.len()).find(|&k| units[k].lower == ",") else { return Vec::new() };
    if units[i + 1..comma].iter().any(|u| matches!(u.pos, Pos::Verb | Pos::Sub | Pos::Wh | Pos::Conj)) {
        return Vec::new();
    }
    (comma + 1..units.len())
        .find(|&v| units[v].pos == Pos::Verb)
        .map(|v| subject(units, verb_group(units, v, false).start, 1))
        .unwrap_or_default()
}

/// The actors at units `a` and `b` are one state: the same code, or the
/// state and its government (`FRA`, `FRAGOV`), not the state and a sector
/// of its people (`POL`, `POLAGR`).
fn same_state(units: &[Tagged], actors: &[ActorMention], a: usize, b: usize) -> bool {
    let code = |k: usize| actors[units[k].actor.unwrap_or(0)].code;
    let (a, b) = (code(a), code(b));
    let government = |c: &dyad_types::ActorCode| c.len() == 3 || c.as_str().get(3..) == Some("GOV");
    a == b || a.state().is_some() && a.state() == b.state() && government(&a) && government(&b)
}

/// Two or more actors joined by "and" (or a hyphen: "US-China") stand
/// right before the noun at `i`, at most two words between ("US-China
/// trade talks"): a meeting, agreement or exercise of theirs.
fn paired_nominal(units: &[Tagged], i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(units[k - 1].pos, Pos::Adj | Pos::Noun) && i - k < 2 {
        k -= 1;
    }
    k.checked_sub(1).filter(|&a| units[a].pos == Pos::Actor).is_some_and(|a| coordinated_left(units, a).len() >= 2)
}

/// A nominal pattern of meeting, agreement or joint exercise whose frame
/// opens with "between" (`talks/n with|between +`): the kinds of act that
/// parties named together before the noun do to each other.
fn between_frame(p: &Pattern) -> bool {
    (p.code.starts_with("04") || matches!(p.code.get(..3), Some("057" | "062")))
        && p.frame_text.split(' ').next().is_some_and(|w| w.split('|').any(|a| a == "between"))
}

/// Verbs whose object is an act someone else did (or does: a host or a
/// mediator does not negotiate).
const ABOUT_VERBS: &[&str] = &[
    "host",
    "mediate",
    "broker",
    "investigate",
    "probe",
    "condemn",
    "denounce",
    "criticize",
    "criticise",
    "deplore",
    "mourn",
    "deny",
    "blame",
    "report",
    "discuss",
    "regret",
    "welcome",
    "praise",
    // "prompting calls for an emergency meeting", "sparked protests":
    // what one causes, others do.
    "prompt",
    "spark",
    "trigger",
    "provoke",
    "cause",
    // "a drill simulating an attack on the North's test site": a rehearsal.
    "simulate",
    "rehearse",
    "practise",
    "practice",
];

/// Nouns of protest whose object, an act protested, is coded on its own.
const PROTEST_NOUNS: [&str; 3] = ["protest", "demonstration", "rally"];

/// The threat code for an announced conflictual act, by root: protest →
/// 133, reduced relations → 131 (1312 for sanctions), coercion → 132,
/// violence → 138.
pub(crate) fn threat_code(code: &str) -> Option<&'static str> {
    match code.get(..2)? {
        "14" => Some("133"),
        "16" if code.starts_with("163") => Some("1312"),
        "16" => Some("131"),
        "17" => Some("132"),
        "18" | "19" | "20" => Some("138"),
        _ => None,
    }
}

/// The intent code (03x) for a cooperative act that is wanted or promised.
fn intent_code(code: &str) -> Option<&'static str> {
    // The kinds of cooperation, aid and yielding that CAMEO's intents name
    // one by one (0311 economic ... 0356 de-escalation).
    let specific = match code.get(..3)? {
        "061" => Some("0311"),
        "062" => Some("0312"),
        "063" => Some("0313"),
        "064" => Some("0314"),
        "071" => Some("0331"),
        "072" => Some("0332"),
        "073" => Some("0333"),
        "074" => Some("0334"),
        "081" => Some("0351"),
        "082" => Some("0352"),
        "084" => Some("0353"),
        "085" => Some("0354"),
        "086" => Some("0355"),
        "087" => Some("0356"),
        _ => None,
    };
    specific.or_else(|| match code.get(..2)? {
        "04" => Some("036"),
        "05" => Some("032"),
        "06" => Some("031"),
        "07" => Some("033"),
        "08" => Some("035"),
        _ => None,
    })
}

/// CAMEO codes a refusal of cooperation as a rejection: the code a negated
/// cooperative event takes (`would not provide support` → 121).
fn negation_code(code: &str) -> Option<&'static str> {
    // Sub-codes with a refusal of their own (CAMEO 12x).
    let specific = match code.get(..3)? {
        "061" => Some("1211"),
        "062" => Some("1212"),
        "081" => Some("1241"),
        "084" => Some("1243"),
        "085" => Some("1244"),
        "045" => Some("126"),
        _ => None,
    };
    specific.or_else(|| match code.get(..2)? {
        "03" | "05" => Some("120"),
        "04" => Some("125"),
        "06" | "07" => Some("121"),
        "08" => Some("124"),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_actors::{Dictionary, Recognizer};

    fn coder() -> Coder {
        let mut v = VerbDictionary::new();
        v.add_groups("g.tsv", "AGREEMENT\tagreement|accord|pact|deal\nAID\taid|support|assistance\n");
        v.add_verbs(
            "v.tsv",
            "042\tvisit\t\n042\tvisit/n\tto +\n040\tmeet\t\n040\tmeet\twith +\n057\tsign\t* &AGREEMENT\n190\tattack\t\n190\thit\t\n100\tdemand\t\n173\tjail\t\n070\tprovide\t* &AID\n112\taccuse\t+ of\n0356\tpledge\tto withdraw\n",
        );
        assert!(v.problems().is_empty(), "{:?}", v.problems());
        Coder::new(Arc::new(v), Lexicon::builtin())
    }

    fn recognizer() -> Recognizer {
        let mut d = Dictionary::new();
        d.add_file("countries.tsv", "CHN\tname\tChina\nRUS\tname\tRussia\nRUS\tcapital\tMoscow\nUKR\tname\tUkraine\nUSA\tname\tUnited States\nIRQ\tname\tIraq\nJPN\tname\tJapan\nKOR\tname\tSouth Korea\nTUN\tadj\tTunisian\nNGA\tadj\tNigerian\n");
        d.add_file("agents.tsv", "JUD\tcourt\nEDU\tstudent\nGOV\tofficials\n");
        d.add_file("people.tsv", "Xi Jinping\tCHN\tXi\tGOV:head-of-state:2013-03-14:\n");
        Recognizer::new(Arc::new(d))
    }

    fn code(text: &str) -> Vec<String> {
        let actors = recognizer().find(text, Span::new(0, text.len()), Some(dyad_actors::DayKey(20250505)));
        coder()
            .code(text, Span::new(0, text.len()), &actors)
            .into_iter()
            .map(|e| {
                let mut s =
                    format!("{} {} {}", e.source.code, e.code, e.target.map(|t| t.code).unwrap_or_else(|| "-".into()));
                if e.negated {
                    s.push_str(" neg");
                }
                if e.hypothetical {
                    s.push_str(" hyp");
                }
                s
            })
            .collect()
    }

    #[test]
    fn a_demanded_act_names_the_demand_and_is_not_done() {
        assert_eq!(code("China demanded that Japan visit Russia."), ["CHN 108 JPN", "JPN 042 RUS hyp"]);
    }

    #[test]
    fn basic_verb_patterns() {
        assert_eq!(code("Xi visited Moscow on Tuesday."), ["CHNGOV 042 RUS"]);
        assert_eq!(code("China signed an agreement with Russia."), ["CHN 057 RUS"]);
        assert_eq!(code("A Tunisian court has jailed a Nigerian student."), ["TUNJUD 173 NGAEDU"]);
        assert_eq!(code("China accused Russia of lying."), ["CHN 112 RUS"]);
    }

    #[test]
    fn a_legal_charge_and_an_alleged_plot_are_no_claims() {
        let events = code("Police charged Russia with treason over an alleged plot to attack Ukraine.");
        assert!(!events.iter().any(|e| e.contains(" 015 ") || e.contains(" 112 ")), "{events:?}");
        // What a plot is for is not done.
        assert!(events.iter().filter(|e| e.contains(" 190 ")).all(|e| e.ends_with(" hyp")), "{events:?}");
    }

    #[test]
    fn passive_and_coordination() {
        assert_eq!(code("Iraq was attacked by Russia."), ["RUS 190 IRQ"]);
        // The agent may stand deeper in the by-phrase.
        assert_eq!(code("Iraq was attacked by the forces of Russia."), ["RUS 190 IRQ"]);
        // "hit" is its own participle.
        assert_eq!(code("Iraq was hit by Russia."), ["RUS 190 IRQ"]);
        assert_eq!(
            code("China, Japan and South Korea met."),
            ["CHN 040 JPN", "CHN 040 KOR", "JPN 040 CHN", "JPN 040 KOR", "KOR 040 CHN", "KOR 040 JPN"]
        );
        // Where two parties meet is no third party.
        assert_eq!(code("China and Japan met in Moscow."), ["CHN 040 JPN", "JPN 040 CHN"]);
        assert_eq!(code("Russia attacked Ukraine and Iraq."), ["RUS 190 UKR", "RUS 190 IRQ"]);
    }

    #[test]
    fn a_nominal_event_after_over_or_after_is_no_act_of_the_subject() {
        assert_eq!(code("Russia attacked Iraq after the visit to Japan."), ["RUS 190 IRQ"]);
    }

    #[test]
    fn a_group_led_by_an_actor_stands_for_it() {
        assert_eq!(code("Russia attacked the Japan-led coalition."), ["RUS 190 JPN"]);
        assert_eq!(code("Russia attacked the Japan-brokered coalition."), ["RUS 190 -"]);
    }

    #[test]
    fn refusals_keep_the_sub_code_they_refuse() {
        assert_eq!(negation_code("0841"), Some("1243"));
        assert_eq!(negation_code("062"), Some("1212"));
        assert_eq!(negation_code("087"), Some("124"));
        assert_eq!(negation_code("057"), Some("120"));
        assert_eq!(negation_code("190"), None);
    }

    #[test]
    fn the_means_of_force_name_its_sub_code() {
        assert_eq!(code("Russia attacked Iraq with drones."), ["RUS 195 IRQ"]);
        assert_eq!(code("Russia attacked Iraq with tanks."), ["RUS 194 IRQ"]);
        assert_eq!(code("Russia attacked Iraq with a car bomb."), ["RUS 1832 IRQ"]);
        assert_eq!(code("Russia attacked Iraq."), ["RUS 190 IRQ"]);
    }

    #[test]
    fn roles_refine_sub_codes() {
        let p = |c: &str| Party { actor: 0, code: ActorCode::new(c), span: Span::new(0, 0) };
        assert_eq!(refine_by_roles("090", &p("DEUCOP"), Some(&p("RUSSPY"))), "091");
        assert_eq!(refine_by_roles("090", &p("IGOUNO"), Some(&p("SDN"))), "090");
        assert_eq!(refine_by_roles("166", &p("RUS"), Some(&p("USAGOV"))), "161");
        assert_eq!(refine_by_roles("166", &p("RUS"), Some(&p("GBRMED"))), "174");
        assert_eq!(refine_by_roles("166", &p("MLI"), Some(&p("IGOUNOMIL"))), "1661");
        assert_eq!(refine_by_roles("086", &p("LBN"), Some(&p("IGOUNOMIL"))), "0861");
        assert_eq!(refine_by_roles("190", &p("RUSCOP"), None), "190");
        assert_eq!(refine_by_roles("190", &p("IRQOPP"), Some(&p("USAGOV"))), "145");
    }

    #[test]
    fn a_counted_actor_after_of_is_a_subject() {
        assert_eq!(code("Hundreds of Nigerian officials attacked Japan."), ["NGAGOV 190 JPN"]);
        // With no actor before it, "the head of X" stands for X ...
        assert_eq!(code("The head of Iraq's air force attacked Japan."), ["IRQ 190 JPN"]);
        // ... but a clause-opening "in X" names no subject.
        assert_eq!(code("In Iraq, gunmen attacked Japan."), Vec::<String>::new());
    }

    #[test]
    fn a_later_verb_shares_the_subject_across_a_counted_object() {
        assert_eq!(
            code("Russia jailed up to 16 Nigerian officials and attacked Japan."),
            ["RUS 173 NGAGOV", "RUS 190 JPN"]
        );
    }

    #[test]
    fn participle_after_its_noun_is_passive() {
        // The noun before the participle suffered it, not the subject: no
        // "CHN 190 RUS", and no actor suffered it.
        assert_eq!(code("China identified victims attacked by Russia."), ["RUS 190 -"]);
        assert_eq!(
            code("Iraq and Japan attacked by Russia met."),
            ["RUS 190 IRQ", "RUS 190 JPN", "IRQ 040 JPN", "JPN 040 IRQ"]
        );
        // No agent right after "by": no passive.
        assert_eq!(code("China met by chance with Russia."), ["CHN 040 RUS"]);
    }

    #[test]
    fn negation_modality_reported_speech() {
        assert_eq!(code("Russia did not attack Ukraine."), ["RUS 190 UKR neg"]);
        assert_eq!(code("Russia failed to attack Ukraine."), ["RUS 190 UKR neg"]);
        assert_eq!(code("Russia is unlikely to attack Ukraine."), ["RUS 190 UKR hyp"]);
        assert_eq!(code("Russia threatened to attack Ukraine."), ["RUS 190 UKR hyp"]);
        assert_eq!(code("Russia could attack Ukraine."), ["RUS 190 UKR hyp"]);
        assert_eq!(code("China said it would not provide support to Russia."), ["CHN 121 RUS"]);
        assert_eq!(code("China said Russia attacked Ukraine."), ["RUS 190 UKR"]);
        assert_eq!(code("It is unlikely that Russia will attack Ukraine."), ["RUS 190 UKR hyp"]);
        assert_eq!(code("Xi is not inclined to visit Moscow."), ["CHNGOV 042 RUS hyp"]);
    }

    #[test]
    fn claims_of_force() {
        assert_eq!(code("China claimed that Russia attacked Ukraine."), ["RUS 190 UKR hyp", "CHN 112 RUS"]);
        assert_eq!(code("Russia claimed that it attacked Ukraine."), ["RUS 190 UKR hyp", "RUS 015 UKR"]);
        // A plain report codes the act.
        assert_eq!(code("China said Russia attacked Ukraine."), ["RUS 190 UKR"]);
    }

    #[test]
    fn nominal_events_and_chains() {
        assert_eq!(code("Xi's visit to Moscow was a success."), ["CHNGOV 042 RUS"]);
        assert_eq!(code("Russia pledged to withdraw from Ukraine."), ["RUS 0356 UKR"]);
        assert_eq!(code("Xi met officials in Moscow and attacked Ukraine."), ["CHNGOV 040 RUSGOV", "CHNGOV 190 UKR"]);
    }
}
