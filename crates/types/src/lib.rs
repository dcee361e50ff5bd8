//! Shared vocabulary of the dyad pipeline.
//!
//! This crate owns the types every stage speaks: [`Span`] (byte offsets into
//! the *original* article text), [`Article`] (what a source yields),
//! [`ActorCode`] (a CAMEO actor code held inline) and
//! [`Repair`] (what the normalizer changed). It does no I/O and holds no
//! logic beyond the invariants of those types; stages live in their own
//! crates (`dyad-sources`, `dyad-normalize`, `dyad-segment`, ...).
//!
//! # Example
//!
//! ```
//! use dyad_types::Span;
//! let text = "Xi met Putin.";
//! let span = Span::new(7, 12);
//! assert_eq!(&text[span], "Putin");
//! ```
#![deny(missing_docs)]

mod article;
mod code;
mod repair;
mod span;

pub use crate::{
    article::{Article, ArticleId},
    code::ActorCode,
    repair::{Repair, RepairKind},
    span::Span,
};

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_thread_safe<T: Send + Sync + std::panic::UnwindSafe>() {}

    #[test]
    fn public_types_are_thread_safe() {
        assert_thread_safe::<Span>();
        assert_thread_safe::<Article>();
        assert_thread_safe::<ArticleId>();
        assert_thread_safe::<Repair>();
    }
}
