//! Offer text as a file download: Blob -> object URL -> a clicked `<a download>`. Nothing leaves
//! the machine; the browser saves the file.

use thiserror::Error;
use wasm_bindgen::JsCast;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("the browser could not offer the file “{file_name}” for download ({step})")]
pub struct DownloadError {
    pub file_name: String,
    pub step: &'static str,
}

pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), DownloadError> {
    let fail = |step| DownloadError {
        file_name: file_name.to_owned(),
        step,
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("creating the file"))?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("creating a link"))?;
    let result = click_link(&url, file_name).ok_or_else(|| fail("starting the download"));
    // The click has queued the download, but some browsers read the file only after this
    // task: revoke the URL a little later rather than at once.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    result
}

fn click_link(url: &str, file_name: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let anchor = document
        .create_element("a")
        .ok()?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .ok()?;
    anchor.set_href(url);
    anchor.set_download(file_name);
    // In the document while it is clicked, as some browsers ignore clicks on detached links.
    let body = document.body()?;
    body.append_child(&anchor).ok()?;
    anchor.click();
    anchor.remove();
    Some(())
}
