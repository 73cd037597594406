//! Inputs to files: a folder is walked recursively in sorted path order.

use std::path::{Path, PathBuf};

use crate::{display, records, IngestError};

/// The files of one input: itself if it is a file, else every input file under it (see
/// [`records::is_input_in_folder`]), sorted by path; an unreadable input or folder is one error in its place.
pub(crate) fn files(input: &Path) -> Vec<Result<PathBuf, IngestError>> {
    let mut found = Vec::new();
    match std::fs::metadata(input) {
        Ok(meta) if meta.is_dir() => walk(input, &mut found),
        Ok(_) => found.push(Ok(input.to_path_buf())),
        Err(source) => found.push(Err(IngestError::Io {
            origin: display(input),
            source,
        })),
    }
    found
}

/// Appends the files under `dir` depth first, each folder's entries sorted by name, which
/// is the sorted order of their paths.
fn walk(dir: &Path, found: &mut Vec<Result<PathBuf, IngestError>>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => {
            found.push(Err(IngestError::Io {
                origin: display(dir),
                source,
            }));
            return;
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) if !entry.file_name().to_string_lossy().starts_with('.') => {
                paths.push(entry.path());
            }
            Ok(_) => {}
            Err(source) => found.push(Err(IngestError::Io {
                origin: display(dir),
                source,
            })),
        }
    }
    paths.sort();
    for path in paths {
        // A symbolic link to a folder could loop; links to files are read.
        let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => {
                if !is_link {
                    walk(&path, found);
                }
            }
            Ok(_) if records::is_input_in_folder(&path) => found.push(Ok(path)),
            Ok(_) => {}
            Err(source) => found.push(Err(IngestError::Io {
                origin: display(&path),
                source,
            })),
        }
    }
}
