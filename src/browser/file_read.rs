//! Reading a file the user chose, as text. The returned handle must be kept until the read
//! finishes: dropping it cancels the read (gloo's `FileReader`).

use gloo::file::callbacks::{read_as_text, FileReader};
use thiserror::Error;
use web_sys::HtmlInputElement;

/// The largest file read: four times a 10,000-server inventory with 400,000 dependency rows
/// (47 MB). A larger file is refused before it is read, so the tab does not run out of memory.
pub const MAX_FILE_BYTES: f64 = 192.0 * 1024.0 * 1024.0;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum FileReadError {
    #[error("the file is {} MB; waveplan reads files of up to {} MB", (.0 / 1_048_576.0).round(), MAX_FILE_BYTES / 1_048_576.0)]
    TooLarge(f64),
    #[error("the browser could not read the file ({0})")]
    Unreadable(String),
}

/// A read in progress; keep it alive until the callback has run.
pub struct PendingRead {
    _reader: Option<FileReader>,
}

/// Starts reading the first file chosen in `input`. `done` gets the file's name and either its
/// text or why it could not be read. `None` when no file is chosen.
pub fn read_chosen_file(
    input: &HtmlInputElement,
    done: impl FnOnce(String, Result<String, FileReadError>) + 'static,
) -> Option<PendingRead> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    if file.size() > MAX_FILE_BYTES {
        done(name, Err(FileReadError::TooLarge(file.size())));
        return Some(PendingRead { _reader: None });
    }
    let file = gloo::file::File::from(file);
    let reader = read_as_text(&file, move |result| {
        let text = result.map_err(|error| FileReadError::Unreadable(error.to_string()));
        done(name, text);
    });
    Some(PendingRead {
        _reader: Some(reader),
    })
}
