//! Directory walking: recursive, sorted, hidden entries and symlinked
//! directories left out.

use crate::detect::known_extension;
use crate::error::SourceError;
use std::fs;
use std::path::{Path, PathBuf};

fn hidden(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

/// The entries of `dir` to read, sorted by path: subdirectories (not
/// symlinks to directories, so that links cannot loop) and files with a
/// known extension; names starting with `.` are left out. Entries that
/// cannot be inspected come back as errors.
pub(crate) fn children(dir: &Path) -> (Vec<PathBuf>, Vec<SourceError>) {
    let mut keep = Vec::new();
    let mut errors = Vec::new();
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            errors.push(SourceError::Io { origin: dir.display().to_string(), source });
            return (keep, errors);
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(source) => {
                errors.push(SourceError::Io { origin: dir.display().to_string(), source });
                continue;
            }
        };
        let path = entry.path();
        if hidden(&path) {
            continue;
        }
        let file_type = match entry.file_type() {
            Ok(t) => t,
            Err(source) => {
                errors.push(SourceError::Io { origin: path.display().to_string(), source });
                continue;
            }
        };
        let wanted = if file_type.is_dir() {
            true
        } else if file_type.is_symlink() {
            // Follow links to files only; a dangling link is reported
            // when it is opened.
            known_extension(&path) && fs::metadata(&path).map_or(true, |m| m.is_file())
        } else {
            file_type.is_file() && known_extension(&path)
        };
        if wanted {
            keep.push(path);
        }
    }
    keep.sort();
    (keep, errors)
}
