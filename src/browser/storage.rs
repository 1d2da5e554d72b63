//! Raw text in the browser's local storage. Parsing what comes back is the domain's job
//! (`domain::persist`); this file only moves strings.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("this browser does not allow the app to keep data (local storage is unavailable)")]
    Unavailable,
    #[error("the browser refused to read saved data: {0}")]
    Read(String),
    #[error("the browser refused to save (storage may be full): {0}")]
    Write(String),
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    // Outside a browser (native render tests) there is no storage, and web-sys would panic.
    if !cfg!(target_arch = "wasm32") {
        return Err(StorageError::Unavailable);
    }
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

fn describe(error: wasm_bindgen::JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            js_sys::Reflect::get(&error, &"message".into())
                .ok()
                .and_then(|message| message.as_string())
        })
        .unwrap_or_else(|| "unknown error".into())
}

/// The text stored under `key`, or `None` when nothing was ever saved there.
pub fn load(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|error| StorageError::Read(describe(error)))
}

pub fn save(key: &str, text: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, text)
        .map_err(|error| StorageError::Write(describe(error)))
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?
        .remove_item(key)
        .map_err(|error| StorageError::Write(describe(error)))
}

/// Every key that starts with `prefix`, in storage order.
pub fn keys_with_prefix(prefix: &str) -> Result<Vec<String>, StorageError> {
    let storage = local_storage()?;
    let count = storage
        .length()
        .map_err(|error| StorageError::Read(describe(error)))?;
    let mut keys = Vec::new();
    for index in 0..count {
        if let Ok(Some(key)) = storage.key(index) {
            if key.starts_with(prefix) {
                keys.push(key);
            }
        }
    }
    Ok(keys)
}

/// Runs `changed` with the key and new text whenever another tab or window of this app changes
/// local storage (the browser tells every other page of the origin, never the one that wrote).
/// Dropping the listener stops it.
pub fn on_change_elsewhere(
    changed: impl Fn(String, Option<String>) + 'static,
) -> Option<gloo::events::EventListener> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                if let Some(key) = event.key() {
                    changed(key, event.new_value());
                }
            }
        },
    ))
}
