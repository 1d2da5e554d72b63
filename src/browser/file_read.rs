//! Reading a file the user chose, as text. The returned handle must be kept until the read
//! finishes: dropping it cancels the read (gloo's `FileReader`).

use gloo::file::callbacks::{read_as_text, FileReader};
use web_sys::HtmlInputElement;

/// A read in progress; keep it alive until the callback has run.
pub struct PendingRead {
    _reader: FileReader,
}

/// Starts reading the first file chosen in `input`. `done` gets the file's name and either its
/// text or a message saying why it could not be read. `None` when no file is chosen.
pub fn read_chosen_file(
    input: &HtmlInputElement,
    done: impl FnOnce(String, Result<String, String>) + 'static,
) -> Option<PendingRead> {
    let file = input.files()?.get(0)?;
    let name = file.name();
    let file = gloo::file::File::from(file);
    let reader = read_as_text(&file, move |result| {
        let text = result.map_err(|error| format!("the browser could not read the file ({error})"));
        done(name, text);
    });
    Some(PendingRead { _reader: reader })
}
